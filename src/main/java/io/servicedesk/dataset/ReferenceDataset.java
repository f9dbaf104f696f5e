package io.servicedesk.dataset;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the reference dataset into an empty database: the steps in order, in one
 * transaction with the secondary indexes and foreign keys of the filled tables built
 * afterwards, then {@code VACUUM ANALYZE} so the data is ready for measurements.
 */
final class ReferenceDataset {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataset.class);

	/**
	 * The tables the steps fill; they must be empty. Staff and teams may already hold a
	 * first administrator.
	 */
	static final List<String> FILLED_TABLES = List.of("client", "account", "account_checklist_item", "client_order",
			"client_order_line", "client_order_status_change", "timeline_entry", "case_file", "inquiry", "complaint",
			"case_entry", "sla_clock", "survey_invitation");

	private final PasswordEncoder passwordEncoder;

	ReferenceDataset(PasswordEncoder passwordEncoder) {
		this.passwordEncoder = passwordEncoder;
	}

	List<DatasetStep> steps(DatasetOptions options) {
		return List.of(new StaffStep(passwordEncoder.encode(options.staffPassword())), new ClientStep(),
				new AccountStep(), new OrderStep(), new InteractionStep(), new InquiryStep(), new ComplaintStep());
	}

	DatasetReport generate(DataSource dataSource, DatasetOptions options, boolean deferIndexes) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		refuseUnlessEmpty(jdbc);
		DatasetSize size = DatasetSize.of(options.scale());
		List<DatasetStep> steps = steps(options);
		long totalCost = steps.stream().mapToLong(step -> step.cost(size)).sum();
		Progress progress = new Progress(totalCost);
		Map<String, Duration> times = new LinkedHashMap<>();
		log.info(
				"Generating the reference dataset at scale {} with seed {} up to {}: {} clients, {} accounts, {} orders",
				options.scale(), options.seed(), options.asOf(), size.clients(), size.accounts(), size.orders());
		new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
			// the staging tables of a chunk stay in memory (possible only before the
			// session's first
			// temporary table)
			jdbc.execute("""
					do $$ begin perform set_config('temp_buffers', '1GB', true);
					exception when others then null; end $$""");
			jdbc.execute("set local synchronous_commit = off");
			jdbc.execute("set local maintenance_work_mem = '512MB'");
			jdbc.execute("set local work_mem = '256MB'");
			refuseUnlessEmpty(jdbc);
			long started = System.nanoTime();
			DeferredStructures deferred = deferIndexes ? DeferredStructures.drop(jdbc, FILLED_TABLES)
					: DeferredStructures.none();
			ReferenceTables.create(new Load(jdbc, size, options, progress));
			times.put("prepare", Duration.ofNanos(System.nanoTime() - started));
			Load load = new Load(jdbc, size, options, progress);
			for (DatasetStep step : steps) {
				progress.startStep(step.name(), step.rows(size), step.cost(size));
				step.run(load);
				times.put(step.name(), progress.finishStep());
			}
			started = System.nanoTime();
			progress.startStep("indexes", 0, 0);
			for (String statement : deferred.statements()) {
				long one = System.nanoTime();
				jdbc.execute(statement);
				log.info("{} ({})", statement, Progress.format(Duration.ofNanos(System.nanoTime() - one)));
			}
			times.put("indexes", Duration.ofNanos(System.nanoTime() - started));
		});
		long started = System.nanoTime();
		jdbc.execute("vacuum (analyze) staff, team, " + String.join(", ", FILLED_TABLES));
		times.put("vacuum", Duration.ofNanos(System.nanoTime() - started));
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("team", "staff", "client", "account", "account_checklist_item", "client_order",
				"client_order_line", "client_order_status_change", "timeline_entry", "case_file", "inquiry",
				"complaint", "case_entry", "sla_clock", "survey_invitation")) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		DatasetReport report = new DatasetReport(times, progress.elapsed(), counts);
		times.forEach((step, time) -> log.info("{} took {}", step, Progress.format(time)));
		counts.forEach((table, rows) -> log.info("{}: {} rows", table, rows));
		log.info("Reference dataset generated in {}", Progress.format(report.total()));
		return report;
	}

	private static void refuseUnlessEmpty(JdbcTemplate jdbc) {
		Boolean empty = jdbc.queryForObject("""
				select not exists (select 1 from client) and not exists (select 1 from account)
				  and not exists (select 1 from client_order) and not exists (select 1 from timeline_entry)
				  and not exists (select 1 from case_file) and not exists (select 1 from sla_clock)
				  and not exists (select 1 from survey_invitation)""", Boolean.class);
		if (!Boolean.TRUE.equals(empty)) {
			throw new DatasetRefusedException("The database already holds clients, accounts, orders, timeline "
					+ "entries, cases, SLA clocks or surveys (demo data counts too). The reference dataset is generated only into an empty database: "
					+ "point the command at a new database, or delete the embedded database's data directory, and "
					+ "run it again with demo data off.");
		}
	}

}
