package io.servicedesk;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.servicedesk.account.AccountDetails;
import io.servicedesk.account.AccountService;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.order.NewOrder;
import io.servicedesk.order.OrderDetails;
import io.servicedesk.order.OrderLineData;
import io.servicedesk.order.OrderService;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.StatementCounter;
import io.servicedesk.support.StatementCounter.RecordedQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every query behind a page with a performance budget (docs/architecture.md, "Performance
 * budgets") can be answered from an index: each query the page runs is planned again with
 * sequential scans disabled, and no plan may still read one of the large tables from
 * start to end (PostgreSQL falls back to a sequential scan only when no index serves the
 * query). On the small test data the planner would often scan anyway, which says nothing
 * about a million rows; this asks whether an index exists that the query can use.
 */
@IntegrationTest
@WithUserDetails("agent")
class QueryPlanTests {

	/**
	 * The tables that grow with the desk's history (docs/architecture.md, "Performance
	 * budgets").
	 */
	private static final Set<String> LARGE_TABLES = Set.of("client", "account", "account_checklist_item",
			"client_order", "client_order_line", "client_order_status_change", "timeline_entry", "sla_clock",
			"audit_entry", "notification", "event_publication", "spring_session", "spring_session_attributes");

	private static final Pattern READS = Pattern.compile("\\s*(select|with)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern SEQUENTIAL_SCAN = Pattern.compile("Seq Scan on (\\w+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ClientService clients;

	@Autowired
	AccountService accounts;

	@Autowired
	OrderService orders;

	private ClientDetails client;

	private AccountDetails account;

	private OrderDetails order;

	@BeforeEach
	void aClientWithAnAccountAndAnOrder() {
		client = ClientMother.individual(clients, "Plan Müller");
		account = accounts.open(client.number(), "STANDARD", "EUR", "agent");
		order = orders.place(
				new NewOrder(client.number(), null, ContactChannel.PHONE, "EUR", LocalDate.now().plusDays(3),
						BigDecimal.ZERO, List.of(new OrderLineData("SKU-1", "Item", 2, new BigDecimal("4.50")))),
				"agent");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/clients?q=mull", "/clients?q={email}", "/clients?q={phone}", "/clients?q={client}",
			"/clients?q={account}", "/clients?q={order}", "/clients/{client}", "/accounts/{account}", "/orders",
			"/orders?delayed=true", "/orders?client={client}", "/orders/{order}" })
	void everyQueryOfThePageCanUseAnIndex(String page) throws Exception {
		String path = page.replace("{client}", client.number())
			.replace("{account}", account.number())
			.replace("{order}", order.number())
			.replace("{email}", client.email())
			.replace("{phone}", client.phone().substring(1, 9));
		mvc.perform(get(path)).andExpect(status().isOk());
		StatementCounter.startRecording();
		mvc.perform(get(path)).andExpect(status().isOk());
		List<RecordedQuery> queries = StatementCounter.stopRecording();

		assertThat(queries).as("queries recorded for " + path).isNotEmpty();
		List<String> scans = new ArrayList<>();
		for (RecordedQuery query : queries) {
			if (!READS.matcher(query.sql()).lookingAt()) {
				continue;
			}
			String plan = planWithoutSequentialScans(query);
			Matcher scan = SEQUENTIAL_SCAN.matcher(plan);
			while (scan.find()) {
				if (LARGE_TABLES.contains(scan.group(1))) {
					scans.add(scan.group(1) + " in: " + query.sql() + "\n" + plan);
				}
			}
		}
		assertThat(scans).as("large tables read from start to end by " + path).isEmpty();
	}

	private String planWithoutSequentialScans(RecordedQuery query) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			try (Statement settings = connection.createStatement()) {
				settings.execute("set enable_seqscan = off");
			}
			try (PreparedStatement explain = connection.prepareStatement("explain " + query.sql())) {
				query.bind(explain);
				StringBuilder plan = new StringBuilder();
				try (ResultSet lines = explain.executeQuery()) {
					while (lines.next()) {
						plan.append(lines.getString(1)).append('\n');
					}
				}
				return plan.toString();
			}
			finally {
				try (Statement settings = connection.createStatement()) {
					settings.execute("reset enable_seqscan");
				}
			}
		}
	}

}
