package io.servicedesk.casework;

import java.util.List;

import io.servicedesk.sla.CaseKind;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every queue view's first page reads the index made for its filter and order
 * (V50__casework.sql), on the demo data's few thousand inquiries: no sequential scan of
 * the case table, no sort.
 */
@IntegrationTest
class QueueIndexTests {

	@Autowired
	CaseQueues queues;

	@Autowired
	CaseAccess access;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@EnumSource(QueueView.class)
	void theFirstPageOfEachViewIsOneOrderedIndexScan(QueueView view) {
		Viewer viewer = access.viewer(view == QueueView.ALL ? "supervisor" : "agent");
		CaseQueues.PageQuery query = queues.query(CaseKind.INQUIRY, viewer, QueueFilter.of(view), QueueCondition.NONE,
				25, null);
		List<String> plan = jdbc.sql("explain " + query.sql()).params(query.params()).query(String.class).list();
		String text = String.join("\n", plan);
		assertThat(text).as(text)
			.contains("case_file_queue_" + view.name().toLowerCase())
			.doesNotContain("Seq Scan")
			.doesNotContain("Sort");
	}

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theCountsInTheTabsReadOnlyTheirIndex() {
		Viewer supervisor = access.viewer("supervisor");
		CaseQueues.PageQuery counts = queues.countsQuery(CaseKind.INQUIRY, supervisor);
		String plan = transactions.execute(status -> {
			jdbc.sql("set local enable_seqscan = off").update();
			jdbc.sql("set local enable_bitmapscan = off").update();
			return String.join("\n",
					jdbc.sql("explain " + counts.sql()).params(counts.params()).query(String.class).list());
		});
		assertThat(plan).as(plan).contains("Index Only Scan using case_file_queue_counts");
	}

}
