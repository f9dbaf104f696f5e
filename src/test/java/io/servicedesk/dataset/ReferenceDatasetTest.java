package io.servicedesk.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.servicedesk.order.OrderStatus;
import io.servicedesk.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one per cent reference dataset, generated into a database of its own on the test
 * server (the shared test database holds demo data and stays untouched): sizes,
 * references, lifecycles, money and determinism.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceDatasetTest {

	static final DatasetOptions ONE_PER_CENT = new DatasetOptions(0.01, 42, LocalDate.of(2026, 11, 23),
			DatasetOptions.DEFAULT_STAFF_PASSWORD);

	static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcConnectionDetails connection;

	private final List<String> databases = new ArrayList<>();

	private DataSource generated;

	private JdbcTemplate jdbc;

	private DatasetReport report;

	@BeforeAll
	void generateOnePerCent() {
		generated = migratedDatabase();
		jdbc = new JdbcTemplate(generated);
		report = new ReferenceDataset(ENCODER).generate(generated, ONE_PER_CENT, true);
	}

	@AfterAll
	void dropDatabases() {
		JdbcTemplate server = new JdbcTemplate(dataSource);
		databases.forEach(database -> server.execute("drop database if exists " + database + " with (force)"));
	}

	@Test
	void sizesFollowTheScale() {
		assertThat(report.rowCounts()).containsEntry("team", 12L)
			.containsEntry("staff", 24L)
			.containsEntry("client", 2_000L)
			.containsEntry("account", 3_000L)
			.containsEntry("account_checklist_item", 9_000L)
			.containsEntry("client_order", 10_000L);
		assertThat(report.rowCounts().get("client_order_line")).isBetween(22_000L, 28_000L);
		assertThat(report.rowCounts().get("client_order_status_change")).isBetween(45_000L, 52_000L);
		assertThat(report.rowCounts()).containsEntry("case_file", 12_000L)
			.containsEntry("inquiry", 10_000L)
			.containsEntry("complaint", 2_000L)
			.containsEntry("sla_clock", 12_000L);
		assertThat(count("select count(*) from timeline_entry where kind not like 'CASE\\_%' "
				+ "and kind not like 'COMPLAINT\\_%' and kind not like 'SURVEY\\_%'"))
			.isBetween(27_000L, 33_000L);
		assertThat(report.rowCounts().get("case_entry")).isBetween(95_000L, 125_000L);
		assertThat(report.rowCounts().get("survey_invitation")).isBetween(10_500L, 12_000L);
		assertThat(count("select count(*) from complaint where inquiry_case_id is not null")).isEqualTo(600L);
		assertThat(jdbc.queryForObject("select count(distinct team_id) from staff where role = 'AGENT'", Long.class))
			.isEqualTo(9L);
		assertThat(jdbc.queryForObject("select count(*) from team where lead_id is null", Long.class)).isZero();
	}

	@Test
	void indexesAndConstraintsAreThoseOfTheMigrations() {
		String definitions = """
				select string_agg(d, E'\\n' order by d) from (
				  select indexrelid::regclass || case when indisunique then ' unique' else '' end as d from pg_index
				  where indrelid::regclass::text = any(array['client', 'account', 'account_checklist_item',
				    'client_order', 'client_order_line', 'client_order_status_change', 'timeline_entry'])
				  union all
				  select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
				  where conrelid::regclass::text = any(array['client', 'account', 'account_checklist_item',
				    'client_order', 'client_order_line', 'client_order_status_change', 'timeline_entry'])) all_of_them""";
		assertThat(jdbc.queryForObject(definitions, String.class))
			.isEqualTo(new JdbcTemplate(dataSource).queryForObject(definitions, String.class))
			.contains("client_search_by_name", "account_client_id_fkey");
	}

	@Test
	void referencesKeepEveryDigitBeyondSix() {
		String references = new TransactionTemplate(new DataSourceTransactionManager(generated)).execute(status -> {
			ReferenceTables.create(new Load(jdbc, DatasetSize.of(0.01), ONE_PER_CENT, new Progress(1)));
			return jdbc.queryForObject("select pg_temp.reference('O-', 1234567) || ' ' || pg_temp.reference('C-', 42)",
					String.class);
		});
		assertThat(references).isEqualTo("O-1234567 C-000042");
		assertThat(jdbc.queryForObject("select max(number) from client", String.class)).isEqualTo("C-002000");
	}

	@Test
	void everyReferencePointsToARow() {
		assertThat(count("select count(*) from timeline_entry t where not exists "
				+ "(select 1 from client c where c.id = t.client_id)"))
			.isZero();
		assertThat(count("select count(*) from timeline_entry t where not exists "
				+ "(select 1 from staff s where s.username = t.actor) and not (t.actor = 'system' and t.kind in "
				+ "('SURVEY_SENT')) and not (t.actor = 'client' and t.kind = 'SURVEY_ANSWERED')"))
			.isZero();
		assertThat(count("select count(*) from client_order o where o.account_number is not null and not exists "
				+ "(select 1 from account a where a.number = o.account_number and a.client_id = o.client_id)"))
			.isZero();
		assertThat(count("select count(*) from client_order o where not exists "
				+ "(select 1 from staff s where s.username = o.placed_by)"))
			.isZero();
		assertThat(count("select count(*) from account_checklist_item i where i.done and not exists "
				+ "(select 1 from staff s where s.username = i.done_by)"))
			.isZero();
		assertThat(count("select count(*) from timeline_entry t where t.subject_ref like 'O-%' and not exists "
				+ "(select 1 from client_order o where o.number = t.subject_ref and o.client_id = t.client_id)"))
			.isZero();
		assertThat(count("select count(*) from timeline_entry t where t.subject_ref like 'A-%' and not exists "
				+ "(select 1 from account a where a.number = t.subject_ref and a.client_id = t.client_id)"))
			.isZero();
	}

	@Test
	void clientsHaveValidContactDataAndHappenBeforeTheAsOfDay() {
		PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
		jdbc.query("select email, phone, country, preferred_language from client", rs -> {
			assertThat(rs.getString("email")).matches("[a-z0-9.]+@[a-z0-9-]+(\\.[a-z0-9-]+)+");
			try {
				assertThat(phones.isValidNumber(phones.parse(rs.getString("phone"), "ZZ"))).as(rs.getString("phone"))
					.isTrue();
			}
			catch (NumberParseException ex) {
				throw new AssertionError(rs.getString("phone"), ex);
			}
			assertThat(rs.getString("preferred_language")).isIn("en", "pl", "de", "et", "lv");
		});
		assertThat(count("select count(distinct country) from client")).isEqualTo(5);
		assertThat(count("select count(*) from client where name <> sd_fold(name) and name ~ '[^ -~]'"))
			.as("names with accents")
			.isGreaterThan(100);
		assertThat(count("select count(*) from client where created_at > timestamptz '2026-09-24 00:00Z' "
				+ "or created_at < timestamptz '2023-11-01 00:00Z'"))
			.isZero();
		assertThat(count("select count(*) from timeline_entry where occurred_at >= timestamptz '2026-11-23 00:00Z'"))
			.isZero();
	}

	@Test
	void accountsFollowTheirLifecycle() {
		assertThat(count("select count(distinct status) from account")).isEqualTo(4);
		assertThat(count("select count(*) from account where status = 'CLOSED' and (closed_on is null "
				+ "or status_reason is null or closed_on < opened_on)"))
			.isZero();
		assertThat(count("select count(*) from account where status = 'SUSPENDED' and status_reason is null")).isZero();
		assertThat(count("select count(*) from account where status in ('PENDING', 'ACTIVE') "
				+ "and (closed_on is not null or status_reason is not null)"))
			.isZero();
		assertThat(count("""
				select count(*) from account a where (a.status = 'PENDING') =
				  (select bool_and(done) from account_checklist_item i where i.account_id = a.id)""")).isZero();
		assertThat(
				count("""
						select count(*) from account a where a.status <> 'PENDING' and not exists (select 1 from timeline_entry t
						  where t.subject_ref = a.number and t.kind = 'ACCOUNT_ACTIVATED')"""))
			.isZero();
		assertThat(count("""
				select count(*) from account a where a.status = 'CLOSED' and not exists (select 1 from timeline_entry t
				  where t.subject_ref = a.number and t.kind = 'ACCOUNT_CLOSED' and t.summary = a.status_reason)"""))
			.isZero();
	}

	@Test
	void ordersMoveThroughTheirLifecycleInOrder() {
		Map<Long, String> statuses = new java.util.HashMap<>();
		jdbc.query("select id, status from client_order", rs -> {
			statuses.put(rs.getLong("id"), rs.getString("status"));
		});
		Map<Long, String> reached = new java.util.HashMap<>();
		Map<Long, java.sql.Timestamp> lastAt = new java.util.HashMap<>();
		jdbc.query("select order_id, from_status, to_status, changed_at from client_order_status_change "
				+ "order by order_id, changed_at, id", rs -> {
					long order = rs.getLong("order_id");
					String from = rs.getString("from_status");
					String to = rs.getString("to_status");
					String current = reached.get(order);
					if (current == null) {
						assertThat(from).as("order %d starts", order).isNull();
						assertThat(to).isEqualTo("RECEIVED");
					}
					else if (to.equals(from)) {
						assertThat(from).as("delay of order %d", order).isEqualTo(current);
						assertThat(OrderStatus.valueOf(from).isOpen()).isTrue();
					}
					else {
						assertThat(from).as("order %d moves on from where it was", order).isEqualTo(current);
						assertThat(OrderStatus.valueOf(current).next()).contains(OrderStatus.valueOf(to));
						assertThat(rs.getTimestamp("changed_at")).isAfter(lastAt.get(order));
					}
					reached.put(order, to);
					lastAt.put(order, rs.getTimestamp("changed_at"));
				});
		assertThat(reached).isEqualTo(statuses);
		assertThat(statuses.values()).contains("RECEIVED", "CONFIRMED", "IN_FULFILLMENT", "SHIPPED", "DELIVERED",
				"CANCELLED", "RETURN_REQUESTED", "RETURNED");
		assertThat(count("""
				select count(*) from client_order o where (o.delivered_at is not null) <> (o.status in
				  ('DELIVERED', 'RETURN_REQUESTED', 'RETURNED')) or (o.delivered_at is not null and o.delivered_at <>
				  (select h.changed_at from client_order_status_change h where h.order_id = o.id
				    and h.to_status = 'DELIVERED'))""")).isZero();
		assertThat(count("""
				select count(*) from client_order o where o.delay_declared <> exists (select 1 from
				  client_order_status_change h where h.order_id = o.id and h.from_status = h.to_status)
				  or o.delay_declared <> exists (select 1 from timeline_entry t where t.subject_ref = o.number
				    and t.kind = 'ORDER_DELAYED' and t.detail = o.promised_delivery_date::text)
				  or (o.delay_declared and o.promised_delivery_date <= o.original_delivery_date)
				  or (not o.delay_declared and o.promised_delivery_date <> o.original_delivery_date)""")).isZero();
		assertThat(count("select count(*) from client_order where delay_declared and status in "
				+ "('RECEIVED', 'CONFIRMED', 'IN_FULFILLMENT', 'SHIPPED')"))
			.isPositive();
	}

	@Test
	void moneyAddsUp() {
		assertThat(count("""
				select count(*) from client_order o where o.total <> (select sum(l.quantity * l.unit_price)
				  from client_order_line l where l.order_id = o.id)""")).isZero();
		assertThat(count("select count(*) from client_order where advance_paid > total")).isZero();
		assertThat(count("select count(*) from client_order where (status = 'RETURNED') <> (refund_amount is not null)"
				+ " or refund_amount > total or refund_amount < 0"))
			.isZero();
		assertThat(count("select count(*) from client_order where currency <> case (select country from client c "
				+ "where c.id = client_id) when 'PL' then 'PLN' when 'GB' then 'GBP' else 'EUR' end"))
			.isZero();
	}

	@Test
	void theGeneratedStaffCanSignIn() {
		Map<String, Object> admin = jdbc
			.queryForMap("select username, password_hash from staff where role = 'ADMIN' order by id limit 1");
		assertThat((String) admin.get("username")).matches("[a-z]+001");
		assertThat(ENCODER.matches(DatasetOptions.DEFAULT_STAFF_PASSWORD, (String) admin.get("password_hash")))
			.isTrue();
		assertThat(count("select count(distinct locale) from staff")).isEqualTo(5);
	}

	@Test
	void theSameSeedGivesTheSameDataWhetherIndexesAreRebuiltOrKept() {
		DatasetOptions small = new DatasetOptions(0.002, 7, ONE_PER_CENT.asOf(), DatasetOptions.DEFAULT_STAFF_PASSWORD);
		DataSource rebuilt = migratedDatabase();
		new ReferenceDataset(ENCODER).generate(rebuilt, small, true);
		DataSource kept = migratedDatabase();
		new ReferenceDataset(ENCODER).generate(kept, small, false);
		assertThat(checksum(new JdbcTemplate(kept))).isEqualTo(checksum(new JdbcTemplate(rebuilt)))
			.isNotEqualTo(checksum(jdbc));
	}

	@Test
	void aDatabaseWithClientsIsRefused() {
		assertThatThrownBy(() -> new ReferenceDataset(ENCODER).generate(generated, ONE_PER_CENT, true))
			.isInstanceOf(DatasetRefusedException.class)
			.hasMessageContaining("empty database");
	}

	private static String checksum(JdbcTemplate jdbc) {
		return jdbc.queryForObject(
				"""
						select md5((select string_agg(concat_ws('|', number, name, email, phone, created_at), ',' order by id)
						    from client)
						  || (select string_agg(concat_ws('|', number, client_id, status, closed_on), ',' order by id) from account)
						  || (select string_agg(concat_ws('|', number, client_id, status, total, refund_amount, updated_at), ','
						    order by id) from client_order)
						  || (select count(*) || '|' || sum(hashtext(concat_ws('|', client_id, occurred_at, kind, subject_ref,
						    actor))) from timeline_entry))""",
				String.class);
	}

	private long count(String sql) {
		Long count = jdbc.queryForObject(sql, Long.class);
		return count == null ? 0 : count;
	}

	private DataSource migratedDatabase() {
		String database = "dataset_" + UUID.randomUUID().toString().replace("-", "");
		new JdbcTemplate(dataSource).execute("create database " + database);
		databases.add(database);
		String url = connection.getJdbcUrl();
		int query = url.indexOf('?');
		String path = query < 0 ? url : url.substring(0, query);
		DataSource target = new SimpleDriverDataSource(new org.postgresql.Driver(),
				path.substring(0, path.lastIndexOf('/') + 1) + database + (query < 0 ? "" : url.substring(query)),
				connection.getUsername(), connection.getPassword());
		Flyway.configure().dataSource(target).locations("classpath:db/migration").load().migrate();
		return target;
	}

}
