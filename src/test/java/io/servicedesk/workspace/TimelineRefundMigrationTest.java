package io.servicedesk.workspace;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.order.OrderDetails;
import io.servicedesk.order.OrderService;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * V104: a returned order's line on the client's timeline written before the refund was
 * kept as a value ("refund 99.99" in English as its summary) is rewritten to the codes
 * and values the timeline keeps now, and reads in every language.
 */
@IntegrationTest
class TimelineRefundMigrationTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcConnectionDetails connection;

	@Autowired
	MockMvc mvc;

	@Autowired
	ClientService clients;

	@Autowired
	OrderService orders;

	@Test
	@WithUserDetails("agent")
	void anOldRefundLineIsRewrittenAndShownInTheReadersLanguage() throws Exception {
		String database = "timeline_refund_" + UUID.randomUUID().toString().replace("-", "");
		JdbcTemplate server = new JdbcTemplate(dataSource);
		server.execute("create database " + database);
		Map<String, Object> withNote;
		Map<String, Object> withoutNote;
		Map<String, Object> current;
		Map<String, Object> notARefund;
		try {
			DataSource old = dataSourceFor(database);
			Flyway.configure().dataSource(old).locations("classpath:db/migration").target("100").load().migrate();
			JdbcTemplate jdbc = new JdbcTemplate(old);
			long client = jdbc.queryForObject("""
					insert into client (number, kind, name, preferred_language, segment)
					values ('C-000001', 'INDIVIDUAL', 'Zofia Testowa', 'pl', 'STANDARD') returning id""", Long.class);
			jdbc.update(
					"""
							insert into client_order (number, client_id, channel, status, currency, total, refund_amount, placed_by)
							values ('O-000001', ?, 'PHONE', 'RETURNED', 'EUR', 120.00, 99.99, 'agent'),
							  ('O-000002', ?, 'PHONE', 'RETURNED', 'PLN', 50.00, 12.50, 'agent')""",
					client, client);
			long first = oldLine(jdbc, client, "O-000001", "RETURNED", "refund 99.99: Box damaged,\nlid missing");
			long second = oldLine(jdbc, client, "O-000002", "RETURNED", "refund 12.50");
			long third = oldLine(jdbc, client, "O-000001", "RETURNED 99.99 EUR", "Box damaged");
			long fourth = oldLine(jdbc, client, "O-000002", "RETURNED", "The refund 12.50 was agreed by phone");

			Flyway.configure().dataSource(old).locations("classpath:db/migration").load().migrate();

			withNote = line(jdbc, first);
			withoutNote = line(jdbc, second);
			current = line(jdbc, third);
			notARefund = line(jdbc, fourth);
		}
		finally {
			server.execute("drop database if exists " + database + " with (force)");
		}
		assertThat(withNote).containsEntry("detail", "RETURNED 99.99 EUR")
			.containsEntry("summary", "Box damaged,\nlid missing");
		assertThat(withoutNote).containsEntry("detail", "RETURNED 12.50 PLN").containsEntry("summary", null);
		assertThat(current).containsEntry("detail", "RETURNED 99.99 EUR").containsEntry("summary", "Box damaged");
		assertThat(notARefund).containsEntry("detail", "RETURNED")
			.containsEntry("summary", "The refund 12.50 was agreed by phone");

		// the rewritten line, on a client's timeline, reads in each language as a line
		// written today does
		ClientDetails client = ClientMother.individual(clients, "Zofia Migrowana");
		OrderDetails order = orders.place(ClientWorkspaceTests.twoLineOrder(client.number(), null), "agent");
		new JdbcTemplate(dataSource).update("""
				insert into timeline_entry (client_id, occurred_at, kind, subject_ref, detail, summary, actor)
				values (?, now(), 'ORDER_STATUS_CHANGED', ?, ?, ?, 'agent')""", client.id(), order.number(),
				withNote.get("detail"), withNote.get("summary"));
		Map<String, String> refunds = Map.of("en", "refund 99.99 EUR", "pl", "zwrot 99.99 EUR", "de",
				"Erstattung 99.99 EUR", "et", "tagastus 99.99 EUR", "lv", "atmaksa 99.99 EUR");
		for (Map.Entry<String, String> language : refunds.entrySet()) {
			String page = mvc.perform(get("/clients/" + client.number()).header("Accept-Language", language.getKey()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(language.getKey())
				.contains("class=\"order-refund\">" + language.getValue() + "<")
				.contains("Box damaged,")
				.doesNotContain("refund 99.99:");
		}
	}

	private static long oldLine(JdbcTemplate jdbc, long client, String order, String detail, String summary) {
		return jdbc.queryForObject("""
				insert into timeline_entry (client_id, occurred_at, kind, subject_ref, detail, summary, actor)
				values (?, now(), 'ORDER_STATUS_CHANGED', ?, ?, ?, 'agent') returning id""", Long.class, client, order,
				detail, summary);
	}

	private static Map<String, Object> line(JdbcTemplate jdbc, long id) {
		return jdbc.queryForMap("select detail, summary from timeline_entry where id = ?", id);
	}

	private DataSource dataSourceFor(String database) {
		String url = connection.getJdbcUrl();
		int query = url.indexOf('?');
		String path = query < 0 ? url : url.substring(0, query);
		String otherDatabase = path.substring(0, path.lastIndexOf('/') + 1) + database
				+ (query < 0 ? "" : url.substring(query));
		return new SimpleDriverDataSource(new org.postgresql.Driver(), otherDatabase, connection.getUsername(),
				connection.getPassword());
	}

}
