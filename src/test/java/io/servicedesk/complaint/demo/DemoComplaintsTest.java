package io.servicedesk.complaint.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo complaints speak their clients' languages: the subject and the client's words,
 * and the acknowledgement states its deadline on the desk's calendar.
 */
@IntegrationTest
class DemoComplaintsTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyDemoComplaintIsWrittenInItsClientsLanguage() {
		record Row(String language, String subject, String words) {
		}
		List<Row> rows = jdbc.sql(
				"select cl.preferred_language, c.subject, e.body from case_file c join client cl on cl.id = c.client_id "
						+ "join case_entry e on e.case_id = c.id and e.kind = 'OPENED' "
						+ "where c.id in (select id from case_file where kind = 'COMPLAINT' order by id limit 320)")
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
		assertThat(rows).hasSizeGreaterThan(100);
		Map<String, Long> languages = rows.stream()
			.collect(Collectors.groupingBy(Row::language, Collectors.counting()));
		assertThat(languages.keySet()).as("languages of the demo complaints").hasSizeGreaterThanOrEqualTo(3);
		for (Row row : rows) {
			ComplaintTexts.Language texts = ComplaintTexts.of(row.language());
			Set<String> subjects = texts.topics()
				.stream()
				.map(ComplaintTexts.Topic::subject)
				.collect(Collectors.toSet());
			Set<String> words = texts.topics()
				.stream()
				.map(ComplaintTexts.Topic::complaint)
				.collect(Collectors.toSet());
			assertThat(subjects).as(row.language()).contains(row.subject());
			assertThat(words).as(row.language()).contains(row.words());
		}
	}

	@Test
	void theAcknowledgementsStateTheirDeadlineOnTheDesksCalendar() {
		List<String> acknowledgements = jdbc
			.sql("select e.body from case_entry e join complaint x on x.id = e.case_id "
					+ "where e.kind = 'MESSAGE_OUT' and e.occurred_at = x.acknowledged_at and x.id in "
					+ "(select id from case_file where kind = 'COMPLAINT' order by id limit 320)")
			.query(String.class)
			.list();
		assertThat(acknowledgements).isNotEmpty().allSatisfy(body -> assertThat(body).contains("(Europe/Warsaw)"));
	}

}
