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
		// On the tests' few rows of a view (a few unassigned, say) a bitmap scan and a
		// sort
		// cost the planner less than walking the index; what is asserted is that the
		// index
		// gives the page in its order
		String text = transactions.execute(status -> {
			jdbc.sql("set local enable_seqscan = off").update();
			jdbc.sql("set local enable_bitmapscan = off").update();
			return String.join("\n",
					jdbc.sql("explain " + query.sql()).params(query.params()).query(String.class).list());
		});
		assertThat(text).as(text)
			.contains("case_file_queue_" + view.name().toLowerCase())
			.doesNotContain("Seq Scan")
			.doesNotContain("Sort");
	}

	@Test
	void aSearchOfTheActiveCasesWalksPartOfTheQueueThenReadsTheIndexOfTheirTexts() {
		Viewer supervisor = access.viewer("supervisor");
		QueueFilter search = new QueueFilter(QueueView.ALL, null, null, null, null, null, null, "delivery", null);
		CaseQueues.PageQuery query = queues.query(CaseKind.INQUIRY, supervisor, search, QueueCondition.NONE, 25, null);
		String walk = plan(query.sql(), query);
		assertThat(walk).as(walk).contains("case_file_queue_all").doesNotContain("Seq Scan");
		// where the walk finds too few: the matches come from a text index (on the few
		// rows of the tests either
		// the index of all the cases' texts or that of the active ones), not from walking
		// the queue's order
		String matches = plan(query.fallback(), query);
		assertThat(matches).as(matches)
			.contains("case_file_search")
			.doesNotContain("case_file_queue_all")
			.doesNotContain("Seq Scan");

		List<String> walked = jdbc.sql(query.sql())
			.params(query.params())
			.query((rs, row) -> rs.getString("reference"))
			.list();
		List<String> found = jdbc.sql(query.fallback())
			.params(query.params())
			.query((rs, row) -> rs.getString("reference"))
			.list();
		assertThat(found).isNotEmpty().startsWith(walked.toArray(String[]::new));
		List<java.sql.Timestamp> due = jdbc.sql(query.fallback())
			.params(query.params())
			.query((rs, row) -> rs.getTimestamp("sla_due_at"))
			.list();
		assertThat(due).isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
		QueuePage page = queues.page(CaseKind.INQUIRY, supervisor, search, QueueCondition.NONE, 25, null);
		assertThat(page.items()).extracting(QueueRow::reference)
			.containsExactlyElementsOf(found.stream().limit(25).toList());
	}

	private String plan(String sql, CaseQueues.PageQuery query) {
		return transactions.execute(status -> {
			jdbc.sql("set local enable_seqscan = off").update();
			return String.join("\n", jdbc.sql("explain " + sql).params(query.params()).query(String.class).list());
		});
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
