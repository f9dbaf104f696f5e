package io.servicedesk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.servicedesk.support.DevelopmentDatabaseConfiguration;
import io.servicedesk.support.StatementCounter;
import io.servicedesk.support.StatementCounter.RecordedQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The floor under each page with a performance budget (docs/architecture.md, "Performance
 * budgets"): on the reference dataset, each page is requested alone, one request at a
 * time, and timed; then every query it ran is run again alone, with the same parameters,
 * straight on the database. The ratio page time / main query time says where the time
 * goes: near 1, in the database; large, in the application. Each query's plan is also
 * checked for sequential scans of the large tables. Not part of the suite; run it on a
 * generated dataset (README, "Performance"):
 *
 * <pre>
 * ./mvnw -B test -Dtest=FloorMeasurement -Dservicedesk.floor.data-dir=/path/to/reference/postgres
 * </pre>
 *
 * The table is printed and written to {@code target/floor/floor.md}, the main queries'
 * plans ({@code EXPLAIN (ANALYZE, BUFFERS)}) to {@code target/floor/plans.md}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = { "servicedesk.demo-data.enabled=false", "spring.thymeleaf.cache=true",
				"servicedesk.dev-db.directory=${servicedesk.floor.data-dir}",
				"servicedesk.dev-db.port=${servicedesk.floor.db-port:54343}", "servicedesk.dev-db.shared-buffers=2GB",
				"logging.level.root=WARN" })
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@Import({ DevelopmentDatabaseConfiguration.class, StatementCounter.class })
@EnabledIfSystemProperty(named = "servicedesk.floor.data-dir", matches = ".+")
class FloorMeasurement {

	private static final int WARM_UP = Integer.getInteger("servicedesk.floor.warm-up", 10);

	private static final int RUNS = Integer.getInteger("servicedesk.floor.runs", 30);

	private static final Set<String> LARGE_TABLES = Set.of("client", "account", "account_checklist_item",
			"client_order", "client_order_line", "client_order_status_change", "timeline_entry", "case_file",
			"case_entry", "inquiry", "complaint", "sla_clock", "survey_invitation", "audit_entry");

	private static final Pattern READS = Pattern.compile("\\s*(select|with)\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern SEQUENTIAL_SCAN = Pattern.compile("Seq Scan on (\\w+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	private final List<String> rows = new ArrayList<>();

	private final StringBuilder plans = new StringBuilder("# Main query of each page\n");

	@Test
	void pagesAgainstTheirQueries() throws Exception {
		String agent = one("""
				select s.username from staff s
				left join case_file c on c.assignee = s.username and c.active and c.kind = 'INQUIRY'
				where s.role = 'AGENT' and s.active
				group by s.username order by count(c.id) desc, s.username limit 1""");
		String supervisor = one("select username from staff where role = 'SUPERVISOR' and active order by id limit 1");
		String client = one("""
				select c.number from client c order by (select count(*) from case_file f
				where f.client_id = c.id and f.created_at > now() - interval '90 days') desc, c.id limit 1""");
		String inquiry = one("""
				select reference from case_file where kind = 'INQUIRY' and active and assignee = ?
				order by sla_due_at limit 1""", agent);
		String complaint = one(
				"select reference from case_file where kind = 'COMPLAINT' and active order by id limit 1");
		String term = one("""
				select lower(word) from (select regexp_split_to_table(subject, '[^[:alpha:]]+') as word
				from case_file where kind = 'INQUIRY' order by id limit 200) words
				where length(word) >= 6 group by 1 order by count(*) desc, 1 limit 1""");
		String today = LocalDate.now().toString();
		String monthStart = LocalDate.now().withDayOfMonth(1).toString();
		String yearStart = LocalDate.now().minusYears(1).plusDays(1).toString();

		measure("client search (\"müll\")", agent,
				() -> get("/clients").param("q", "müll").header("HX-Request", "true"));
		measure("client 360° page", agent, () -> get("/clients/" + client));
		measure("inquiry queue: mine", agent, () -> get("/inquiries").param("view", "mine"));
		measure("inquiry queue: my team", agent, () -> get("/inquiries").param("view", "team"));
		measure("inquiry queue: unassigned", agent, () -> get("/inquiries").param("view", "unassigned"));
		measure("inquiry queue: all", supervisor, () -> get("/inquiries").param("view", "all"));
		measure("inquiry page", agent, () -> get("/inquiries/" + inquiry));
		measure("case search (all, \"" + term + "\")", supervisor,
				() -> get("/inquiries").param("view", "all").param("q", term).header("HX-Request", "true"));
		for (String view : List.of("needs_review", "at_risk", "forwarded_overdue", "open")) {
			measure("complaint queue: " + view, supervisor, () -> get("/complaints").param("view", view));
		}
		measure("complaint page", supervisor, () -> get("/complaints/" + complaint));
		measure("reports page", supervisor, () -> get("/reports"));
		measure("report KPIs, this month", supervisor,
				() -> get("/api/v1/reports/kpis").param("from", monthStart).param("to", today));
		measure("report KPIs, last 12 months", supervisor,
				() -> get("/api/v1/reports/kpis").param("from", yearStart).param("to", today));

		String table = "| page | SQL statements | page median ms | its queries alone, sum ms | main query ms | "
				+ "page / main query | large tables scanned |\n| --- | ---: | ---: | ---: | ---: | ---: | --- |\n"
				+ String.join("\n", rows) + "\n";
		System.out.println("\n" + table);
		Path folder = Path.of("target/floor");
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("floor.md"), table, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("plans.md"), plans, StandardCharsets.UTF_8);
	}

	private void measure(String name, String username, Supplier<MockHttpServletRequestBuilder> request)
			throws Exception {
		UserDetails principal = users.loadUserByUsername(username);
		MvcResult first = mvc.perform(request.get().with(user(principal))).andReturn();
		if (first.getResponse().getStatus() != 200) {
			rows.add("| " + name + " | — | not measured: status " + first.getResponse().getStatus() + " | | | | |");
			return;
		}
		for (int i = 0; i < WARM_UP; i++) {
			mvc.perform(request.get().with(user(principal)));
		}
		double[] pageTimes = new double[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long started = System.nanoTime();
			mvc.perform(request.get().with(user(principal)));
			pageTimes[i] = (System.nanoTime() - started) / 1e6;
		}
		StatementCounter.reset();
		StatementCounter.startRecording();
		mvc.perform(request.get().with(user(principal)));
		List<RecordedQuery> queries = StatementCounter.stopRecording();
		int statements = StatementCounter.count();

		double sum = 0;
		double main = 0;
		RecordedQuery mainQuery = null;
		List<String> scanned = new ArrayList<>();
		List<String> timings = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			for (RecordedQuery query : queries) {
				if (!READS.matcher(query.sql()).lookingAt()) {
					continue;
				}
				double alone = median(timeAlone(connection, query));
				timings.add("%8.2f ms  %s".formatted(alone, query.sql().strip().replaceAll("\\s+", " ")));
				sum += alone;
				if (alone >= main) {
					main = alone;
					mainQuery = query;
				}
				Matcher scan = SEQUENTIAL_SCAN.matcher(explain(connection, "explain ", query));
				while (scan.find()) {
					if (LARGE_TABLES.contains(scan.group(1)) && !scanned.contains(scan.group(1))) {
						scanned.add(scan.group(1));
					}
				}
			}
			if (mainQuery != null) {
				plans.append("\n## ")
					.append(name)
					.append("\n\n```sql\n")
					.append(mainQuery.sql().strip())
					.append("\n```\n\nEvery query of the page, alone:\n\n```\n")
					.append(String.join("\n", timings))
					.append("\n```\n\n```\n")
					.append(explain(connection, "explain (analyze, buffers) ", mainQuery))
					.append("```\n");
			}
		}
		double page = median(pageTimes);
		rows.add("| %s | %d | %.1f | %.1f | %.1f | %s | %s |".formatted(name, statements, page, sum, main,
				main > 0 ? "%.1f".formatted(page / main) : "—",
				scanned.isEmpty() ? "none" : String.join(", ", scanned)));
	}

	private static double[] timeAlone(Connection connection, RecordedQuery query) throws SQLException {
		double[] times = new double[RUNS];
		try (PreparedStatement statement = connection.prepareStatement(query.sql())) {
			query.bind(statement);
			for (int i = -WARM_UP; i < RUNS; i++) {
				long started = System.nanoTime();
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						// read every row, as the page does
					}
				}
				if (i >= 0) {
					times[i] = (System.nanoTime() - started) / 1e6;
				}
			}
		}
		return times;
	}

	private static String explain(Connection connection, String explain, RecordedQuery query) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(explain + query.sql())) {
			query.bind(statement);
			StringBuilder plan = new StringBuilder();
			try (ResultSet lines = statement.executeQuery()) {
				while (lines.next()) {
					plan.append(lines.getString(1)).append('\n');
				}
			}
			return plan.toString();
		}
	}

	private static double median(double[] times) {
		double[] sorted = times.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private String one(String sql, Object... parameters) {
		return jdbc.sql(sql).params(parameters).query(String.class).optional().orElse("none");
	}

	static {
		// the dataset's folder must exist before the database starts
		String folder = System.getProperty("servicedesk.floor.data-dir");
		if (folder != null && !Files.isDirectory(Path.of(folder))) {
			throw new IllegalStateException(new IOException("No reference dataset in " + folder));
		}
	}

}
