package io.servicedesk.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.servicedesk.ServiceDeskApplication;
import io.servicedesk.casework.QueueFilter;
import io.servicedesk.casework.QueuePage;
import io.servicedesk.casework.QueueView;
import io.servicedesk.casework.Viewer;
import io.servicedesk.complaint.ComplaintQueue;
import io.servicedesk.complaint.ComplaintQueueFilter;
import io.servicedesk.complaint.ComplaintView;
import io.servicedesk.inquiry.InquiryDetails;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.InquiryStatus;
import io.servicedesk.order.OrderStatus;
import io.servicedesk.sla.BusinessCalendar;
import io.servicedesk.sla.Holiday;
import io.servicedesk.sla.OpeningInterval;
import io.servicedesk.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
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

	private String generatedDatabase;

	private JdbcTemplate jdbc;

	private DatasetReport report;

	@BeforeAll
	void generateOnePerCent() {
		generated = migratedDatabase();
		generatedDatabase = databases.get(databases.size() - 1);
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
				    'client_order', 'client_order_line', 'client_order_status_change', 'timeline_entry', 'case_file',
				    'inquiry', 'complaint', 'case_entry', 'sla_clock', 'survey_invitation'])
				  union all
				  select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint
				  where conrelid::regclass::text = any(array['client', 'account', 'account_checklist_item',
				    'client_order', 'client_order_line', 'client_order_status_change', 'timeline_entry', 'case_file',
				    'inquiry', 'complaint', 'case_entry', 'sla_clock', 'survey_invitation'])) all_of_them""";
		assertThat(jdbc.queryForObject(definitions, String.class))
			.isEqualTo(new JdbcTemplate(dataSource).queryForObject(definitions, String.class))
			.contains("client_search_by_name", "account_client_id_fkey", "case_file_search", "sla_clock_next_due",
					"complaint_inquiry_case_id_fkey");
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
		// a return's line on the client's timeline keeps the refund as a value, as the
		// application writes it, and no English sentence
		assertThat(count("""
				select count(*) from client_order o join timeline_entry t on t.subject_ref = o.number
				  and t.kind = 'ORDER_STATUS_CHANGED'
				where o.status = 'RETURNED'""")).isPositive().isEqualTo(count("""
				select count(*) from client_order o join timeline_entry t on t.subject_ref = o.number
				  and t.kind = 'ORDER_STATUS_CHANGED'
				where o.status = 'RETURNED' and t.detail = 'RETURNED ' || o.refund_amount || ' ' || o.currency
				  and t.summary is null"""));
		assertThat(count("select count(*) from timeline_entry where summary like 'refund %'")).isZero();
	}

	@Test
	void casesReferToRowsThatExist() {
		assertThat(count(
				"select count(*) from case_file f where not exists (select 1 from client c where c.id = f.client_id)"
						+ " or (f.team_id is not null and not exists (select 1 from team t where t.id = f.team_id))"
						+ " or (f.assignee is not null and not exists (select 1 from staff s where s.username = f.assignee"
						+ " and s.team_id = f.team_id))"
						+ " or not exists (select 1 from staff s where s.username = f.created_by)"
						+ " or not (f.updated_by = 'system' or exists (select 1 from staff s where s.username = f.updated_by))"))
			.isZero();
		assertThat(count("select count(*) from case_file f where f.account_number is not null and not exists "
				+ "(select 1 from account a where a.number = f.account_number and a.client_id = f.client_id)"))
			.isZero();
		assertThat(count("select count(*) from case_file f where f.order_number is not null and not exists "
				+ "(select 1 from client_order o where o.number = f.order_number and o.client_id = f.client_id "
				+ "and o.created_at < f.created_at)"))
			.isZero();
		assertThat(count("select count(*) from case_file f where f.category_code is not null and not exists "
				+ "(select 1 from category c where c.code = f.category_code and c.kind = f.kind and c.active)"))
			.isZero();
		assertThat(count("select count(*) from case_file f where (select count(*) from sla_clock s where s.case_kind = "
				+ "f.kind and s.case_ref = f.reference and s.priority = f.priority) <> 1"))
			.isZero();
		assertThat(count(
				"select count(*) from case_entry e where not exists (select 1 from case_file f where f.id = e.case_id)"
						+ " or not (e.actor in ('system', 'client') or exists (select 1 from staff s where s.username = e.actor))"))
			.isZero();
		assertThat(count("select count(*) from survey_invitation i where not exists (select 1 from case_file f "
				+ "where f.kind = i.case_kind and f.reference = i.case_ref and f.client_id = i.client_id)"))
			.isZero();
		assertThat(count("select count(*) from timeline_entry t where (t.subject_ref like 'INQ-%' "
				+ "or t.subject_ref like 'CMP-%') and not exists (select 1 from case_file f "
				+ "where f.reference = t.subject_ref and f.client_id = t.client_id)"))
			.isZero();
		assertThat(count("select count(*) from complaint c where (c.forwarded_team_id is not null and not exists "
				+ "(select 1 from team t where t.id = c.forwarded_team_id)) or (c.proposed_by is not null and not exists "
				+ "(select 1 from staff s where s.username = c.proposed_by)) or (c.root_cause is not null and not exists "
				+ "(select 1 from category k where k.code = c.root_cause and k.kind = 'COMPLAINT'))"))
			.isZero();
		// escalations are linked both ways: the complaint names the inquiry, the
		// inquiry's timeline the complaint
		assertThat(count("""
				select count(*) from complaint c join case_file f on f.id = c.id
				where c.inquiry_case_id is not null and not exists (select 1 from case_file i join case_entry e
				  on e.case_id = i.id and e.kind = 'NOTE' and e.detail = 'escalated:' || f.reference
				  where i.id = c.inquiry_case_id and i.kind = 'INQUIRY' and i.reference = c.inquiry_reference
				    and i.client_id = f.client_id and e.occurred_at = f.created_at)""")).isZero();
		assertThat(count("""
				select count(*) from case_entry e where e.detail like 'escalated:%' and not exists (select 1 from
				  case_file f join complaint c on c.id = f.id where f.reference = substr(e.detail, 11)
				    and c.inquiry_case_id = e.case_id)""")).isZero();
	}

	@Test
	void casesFollowTheirLifecycles() {
		Map<String, Set<String>> complaintSteps = Map.of("RECEIVED", Set.of("ACKNOWLEDGED"), "ACKNOWLEDGED",
				Set.of("INVESTIGATING", "FORWARDED", "RESOLUTION_PROPOSED"), "INVESTIGATING",
				Set.of("FORWARDED", "RESOLUTION_PROPOSED"), "FORWARDED", Set.of("INVESTIGATING"), "RESOLUTION_PROPOSED",
				Set.of("RESOLVED", "INVESTIGATING"), "RESOLVED", Set.of("CLOSED", "REOPENED"), "CLOSED",
				Set.of("REOPENED"), "REOPENED", Set.of("INVESTIGATING", "FORWARDED", "RESOLUTION_PROPOSED"));
		Set<Long> escalated = Set
			.copyOf(jdbc.queryForList("select id from inquiry where escalated_to is not null", Long.class));
		Map<Long, String> reached = new HashMap<>();
		Map<Long, java.sql.Timestamp> lastAt = new HashMap<>();
		jdbc.query("""
				select e.case_id, f.kind, e.kind as entry, e.detail, e.occurred_at from case_entry e
				join case_file f on f.id = e.case_id order by e.case_id, e.id""", rs -> {
			long id = rs.getLong("case_id");
			String kind = rs.getString("kind");
			java.sql.Timestamp at = rs.getTimestamp("occurred_at");
			if (lastAt.containsKey(id)) {
				assertThat(at).as("case %d in time order", id).isAfterOrEqualTo(lastAt.get(id));
			}
			else {
				assertThat(rs.getString("entry")).as("case %d starts", id).isEqualTo("OPENED");
				reached.put(id, kind.equals("INQUIRY") ? "NEW" : "RECEIVED");
			}
			assertThat(at.toInstant()).isBefore(Instant.parse("2026-11-23T00:00:00Z"));
			lastAt.put(id, at);
			if (rs.getString("entry").equals("STATUS_CHANGED")) {
				String[] step = rs.getString("detail").split(" → ");
				assertThat(step[0]).as("case %d moves on from where it was", id).isEqualTo(reached.get(id));
				if (kind.equals("INQUIRY") && escalated.contains(id)) {
					// the escalation resolves the inquiry, before anyone answered it
					assertThat(rs.getString("detail")).as("escalated inquiry %d", id).isEqualTo("NEW → RESOLVED");
				}
				else if (kind.equals("INQUIRY")) {
					assertThat(InquiryStatus.valueOf(step[0]).next()).contains(InquiryStatus.valueOf(step[1]));
				}
				else {
					assertThat(complaintSteps.get(step[0])).as("complaint %d: %s", id, rs.getString("detail"))
						.contains(step[1]);
				}
				reached.put(id, step[1]);
			}
		});
		Map<Long, String> statuses = new HashMap<>();
		jdbc.query("select id, status from case_file", rs -> {
			statuses.put(rs.getLong("id"), rs.getString("status"));
		});
		assertThat(reached).isEqualTo(statuses);
		assertThat(jdbc.queryForList("select distinct status from case_file where kind = 'INQUIRY'", String.class))
			.containsExactlyInAnyOrder("NEW", "OPEN", "WAITING_ON_CLIENT", "RESOLVED", "CLOSED");
		assertThat(jdbc.queryForList("select distinct status from case_file where kind = 'COMPLAINT'", String.class))
			.contains("RECEIVED", "ACKNOWLEDGED", "INVESTIGATING", "FORWARDED", "RESOLUTION_PROPOSED", "RESOLVED",
					"CLOSED");
		assertThat(count("select count(*) from case_file where active <> (status in ('NEW', 'OPEN', "
				+ "'WAITING_ON_CLIENT', 'RECEIVED', 'ACKNOWLEDGED', 'INVESTIGATING', 'FORWARDED', 'RESOLUTION_PROPOSED', "
				+ "'REOPENED'))"))
			.isZero();
		assertThat(count("select count(*) from case_file where active")).as("about 5 %% open").isBetween(400L, 900L);
		assertThat(count("""
				select count(*) from inquiry i join case_file f on f.id = i.id
				where (i.resolved_at is not null) <> (f.status in ('RESOLVED', 'CLOSED'))
				  or (i.closed_at is not null) <> (f.status = 'CLOSED') or (i.resolved_at is not null
				    and (i.resolution_summary is null or i.resolved_at <> (select max(e.occurred_at) from case_entry e
				      where e.case_id = i.id and e.detail like '% → RESOLVED')))""")).isZero();
		assertThat(count("""
				select count(*) from complaint c join case_file f on f.id = c.id
				where (c.acknowledged_at is null) <> (f.status = 'RECEIVED')
				  or (c.answer_due_at is not null) <> (f.status = 'FORWARDED')
				  or (c.resolved_at is not null) <> (f.status in ('RESOLVED', 'CLOSED'))
				  or (c.closed_at is not null) <> (f.status = 'CLOSED')
				  or (f.status in ('RESOLUTION_PROPOSED', 'RESOLVED', 'CLOSED') and (c.proposed_outcome is null
				    or c.proposed_remedy is null or c.root_cause is null or c.resolution_message is null))
				  or (c.reopened_at is not null) <> (c.reopen_reason is not null)""")).isZero();
		assertThat(count("select count(*) from complaint where reopened_at is not null")).isPositive();
		assertThat(count("""
				select count(*) from case_file f where (select count(*) from survey_invitation i
				  where i.case_kind = f.kind and i.case_ref = f.reference) <> (select count(*) from case_entry e
				  where e.case_id = f.id and e.kind = 'SURVEY_SENT') or (select count(*) from survey_invitation i
				  where i.case_kind = f.kind and i.case_ref = f.reference and i.answered_at is not null)
				  <> (select count(*) from case_entry e where e.case_id = f.id and e.kind = 'SURVEY_ANSWERED')"""))
			.isZero();
		assertThat(count("select count(*) from survey_invitation where answered_at >= expires_at")).isZero();
	}

	/**
	 * An escalated inquiry is what the application makes of one (docs/working-day.md):
	 * linked both ways, resolved as escalated with the agent's reason as its summary at
	 * the moment of the escalation, its resolution clock stopped there, no survey, never
	 * reopened.
	 */
	@Test
	void escalatedInquiriesAreResolvedAsEscalated() {
		assertThat(count("select count(*) from inquiry where escalated_to is not null")).isEqualTo(600L);
		assertThat(count("""
				select count(*) from inquiry i join case_file f on f.id = i.id
				where i.escalated_to is not null and not exists (select 1 from complaint c
				  join case_file cf on cf.id = c.id
				  join case_entry opened on opened.case_id = c.id and opened.kind = 'OPENED'
				  join case_entry note on note.case_id = i.id and note.kind = 'NOTE'
				    and note.detail = 'escalated:' || cf.reference
				  join case_entry resolved on resolved.case_id = i.id and resolved.kind = 'STATUS_CHANGED'
				    and resolved.detail = 'NEW → RESOLVED'
				  join sla_clock s on s.case_kind = 'INQUIRY' and s.case_ref = f.reference
				  where cf.reference = i.escalated_to and c.inquiry_case_id = i.id
				    and f.status = 'RESOLVED' and not f.active
				    and i.resolution_summary = opened.body and i.resolution_summary = note.body
				    and i.resolved_at = cf.created_at and i.resolved_at = note.occurred_at
				    and resolved.occurred_at = i.resolved_at and i.closed_at is null
				    and s.resolved_at = i.resolved_at and s.first_responded_at is null and s.next_due_at is null
				    and not s.first_response_breached and not s.first_response_at_risk_announced)""")).isZero();
		assertThat(count("""
				select count(*) from complaint c where c.inquiry_case_id is not null
				  and not exists (select 1 from inquiry i where i.id = c.inquiry_case_id
				    and i.escalated_to = (select f.reference from case_file f where f.id = c.id))""")).isZero();
		assertThat(count("""
				select count(*) from inquiry i join case_file f on f.id = i.id
				where i.escalated_to is not null and (exists (select 1 from survey_invitation v
				    where v.case_kind = 'INQUIRY' and v.case_ref = f.reference)
				  or exists (select 1 from case_entry e where e.case_id = i.id
				    and (e.kind in ('MESSAGE_OUT', 'SURVEY_SENT') or e.detail like 'RESOLVED → %')))""")).isZero();
	}

	@Test
	void slaClocksAgreeWithTheCasesAndTheBusinessCalendar() {
		String asOf = "timestamptz '2026-11-23 00:00Z'";
		assertThat(count("""
				select count(*) from case_file f join sla_clock s on s.case_kind = f.kind and s.case_ref = f.reference
				where f.sla_due_at is distinct from least(
				    case when s.first_responded_at is null and s.resolved_at is null then s.first_response_due_at end,
				    case when s.resolved_at is null and s.paused_since is null then s.resolution_due_at end)
				  or (s.paused_since is not null) <> (f.status = 'WAITING_ON_CLIENT')
				  or (s.resolved_at is not null) <> (f.status in ('RESOLVED', 'CLOSED'))
				  or (s.resolved_at is not null and s.next_due_at is not null)
				  or (f.sla_state = 'BREACHED') <> (s.first_response_breached or s.resolution_breached)
				  or s.started_at <> f.created_at""")).isZero();
		assertThat(
				count("""
						select count(*) from case_file f join sla_clock s on s.case_kind = f.kind and s.case_ref = f.reference
						where s.first_response_breached <> exists (select 1 from case_entry e where e.case_id = f.id
						    and e.kind = 'SLA_BREACHED' and e.detail = 'FIRST_RESPONSE' and e.occurred_at = s.first_response_due_at)
						  or (s.first_response_breached and s.first_response_due_at >= coalesce(s.first_responded_at, %1$s))
						  or (not s.first_response_breached and s.first_responded_at is null and s.resolved_at is null
						    and s.first_response_due_at < %1$s)
						  or (s.resolution_breached and not exists (select 1 from case_entry e where e.case_id = f.id
						    and e.kind = 'SLA_BREACHED' and e.detail = 'RESOLUTION'))
						  or (s.resolution_breached and s.resolution_due_at >= coalesce(s.resolved_at, s.paused_since, %1$s))
						  or (not s.resolution_breached and s.resolved_at is null and s.paused_since is null
						    and s.resolution_due_at < %1$s)"""
					.formatted(asOf)))
			.isZero();
		assertThat(count("""
				select count(*) from sla_clock s join case_file f on f.kind = s.case_kind and f.reference = s.case_ref
				where s.first_responded_at is distinct from (select min(e.occurred_at) from case_entry e
				  where e.case_id = f.id and e.kind = 'MESSAGE_OUT')""")).isZero();
		assertThat(count("select count(*) from sla_clock where case_kind = 'COMPLAINT' and paused_since is not null"))
			.isZero();
		assertThat(count("select count(*) from case_file where active and sla_state = 'AT_RISK'")).isPositive();
		assertThat(count("select count(*) from case_file where active and sla_state = 'BREACHED'")).isPositive();
		assertThat(count("select count(*) from case_file where active and sla_state = 'ON_TRACK'")).isPositive();
		Map<Long, BusinessCalendar> calendars = new HashMap<>();
		jdbc.query("select id, time_zone from business_calendar", rs -> {
			long id = rs.getLong("id");
			Map<DayOfWeek, List<OpeningInterval>> hours = new EnumMap<>(DayOfWeek.class);
			jdbc.query(
					"select day_of_week, start_minute, end_minute from business_calendar_hours where calendar_id = ?",
					hour -> {
						hours.computeIfAbsent(DayOfWeek.of(hour.getInt(1)), day -> new ArrayList<>())
							.add(new OpeningInterval(hour.getInt(2), hour.getInt(3)));
					}, id);
			List<Holiday> holidays = jdbc.query(
					"select holiday_date, name, recurring from business_calendar_holiday where calendar_id = ?",
					(holiday, n) -> new Holiday(holiday.getDate(1).toLocalDate(), holiday.getString(2),
							holiday.getBoolean(3)),
					id);
			calendars.put(id, new BusinessCalendar(ZoneId.of(rs.getString("time_zone")), hours, holidays));
		});
		jdbc.query(
				"""
						select calendar_id, started_at, first_response_target_minutes, resolution_target_minutes, at_risk_percent,
						  paused_business_minutes, first_response_due_at, first_response_at_risk_at, resolution_due_at,
						  resolution_at_risk_at from sla_clock""",
				rs -> {
					BusinessCalendar calendar = calendars.get(rs.getLong("calendar_id"));
					Instant started = rs.getTimestamp("started_at").toInstant();
					int percent = rs.getInt("at_risk_percent");
					long firstResponse = rs.getLong("first_response_target_minutes");
					long resolution = rs.getLong("resolution_target_minutes");
					long paused = rs.getLong("paused_business_minutes");
					assertThat(rs.getTimestamp("first_response_due_at").toInstant())
						.isEqualTo(calendar.dueAt(started, firstResponse));
					assertThat(rs.getTimestamp("first_response_at_risk_at").toInstant())
						.isEqualTo(calendar.dueAt(started, firstResponse * percent / 100));
					assertThat(rs.getTimestamp("resolution_due_at").toInstant())
						.isEqualTo(calendar.dueAt(started, resolution + paused));
					assertThat(rs.getTimestamp("resolution_at_risk_at").toInstant())
						.isEqualTo(calendar.dueAt(started, resolution * percent / 100 + paused));
				});
		assertThat(count("""
				select count(*) from sla_clock s join case_file f on f.kind = s.case_kind and f.reference = s.case_ref
				where f.status = 'WAITING_ON_CLIENT' and s.paused_since <> (select max(e.occurred_at) from case_entry e
				  where e.case_id = f.id and e.detail = 'OPEN → WAITING_ON_CLIENT')""")).isZero();
	}

	@Test
	void complaintDecisionsKeepTheFourEyesRuleAndTheClaim() {
		assertThat(count("""
				select count(*) from complaint c
				where c.reviewed_by = c.proposed_by or (c.reviewed_by is not null and not exists
				  (select 1 from staff s where s.username = c.reviewed_by and s.role = 'SUPERVISOR'))""")).isZero();
		assertThat(count("""
				select count(*) from complaint c
				where (c.proposed_amount is not null) <> (c.proposed_remedy in ('REFUND', 'COMPENSATION'))
				  or (c.proposed_amount is not null and not exists (select 1 from staff s
				    where s.username = c.proposed_by and s.role = 'SUPERVISOR') and (c.amount_claimed is null
				    or c.proposed_amount > c.amount_claimed or c.proposed_currency <> c.claimed_currency))
				  or c.proposed_amount <= 0 or c.amount_claimed <= 0""")).isZero();
		assertThat(count("""
				select count(*) from complaint c join case_file f on f.id = c.id
				where f.status in ('RESOLVED', 'CLOSED') and not exists (select 1 from case_entry e
				  where e.case_id = c.id and e.kind = 'MESSAGE_OUT' and e.actor = c.reviewed_by
				    and e.body = c.resolution_message)""")).isZero();
		assertThat(count("select count(*) from complaint c join case_file f on f.id = c.id "
				+ "where f.status = 'FORWARDED' and c.answer_due_at < timestamptz '2026-11-23 00:00Z'"))
			.as("forwarded with the answer overdue")
			.isPositive();
		assertThat(count("select count(*) from complaint where proposed_amount > amount_claimed"))
			.as("supervisors' goodwill above the claim")
			.isPositive();
	}

	@Test
	void theApplicationWorksOnTheGeneratedCases() {
		assertThat(
				count("""
						select count(*) from staff s where s.role in ('AGENT', 'SUPERVISOR') and s.team_id is not null
						  and not exists (select 1 from case_file f where f.active and f.kind = 'INQUIRY' and f.assignee = s.username)"""))
			.as("everybody who works on cases has open inquiries of their own")
			.isZero();
		assertThat(count("""
				select count(*) from team t where exists (select 1 from staff s where s.team_id = t.id)
				  and not exists (select 1 from case_file f where f.active and f.kind = 'INQUIRY' and f.team_id = t.id
				    and f.assignee is null)""")).as("every team has unassigned open inquiries").isZero();
		try (ConfigurableApplicationContext application = new SpringApplicationBuilder(ServiceDeskApplication.class)
			.run("--spring.datasource.url=" + urlOf(generatedDatabase),
					"--spring.datasource.username=" + connection.getUsername(),
					"--spring.datasource.password=" + connection.getPassword(), "--server.port=0",
					"--servicedesk.demo-data.enabled=false", "--servicedesk.sla.breach-job.initial-delay=P1D",
					"--servicedesk.complaints.close-job.initial-delay=P1D")) {
			InquiryService inquiries = application.getBean(InquiryService.class);
			ComplaintQueue complaints = application.getBean(ComplaintQueue.class);
			String agent = jdbc.queryForObject("""
					select f.assignee from case_file f join staff s on s.username = f.assignee
					where f.active and f.kind = 'INQUIRY' and s.role = 'AGENT' group by f.assignee
					order by count(*) desc, f.assignee limit 1""", String.class);
			Viewer agentView = inquiries.viewer(agent);
			for (QueueView view : List.of(QueueView.MINE, QueueView.TEAM, QueueView.UNASSIGNED)) {
				QueuePage page = inquiries.queue(agentView, QueueFilter.of(view), 25, null);
				assertThat(page.items()).as("%s of %s", view, agent).isNotEmpty();
			}
			String supervisor = jdbc.queryForObject(
					"select username from staff where role = 'SUPERVISOR' order by id limit 1", String.class);
			Viewer supervisorView = inquiries.viewer(supervisor);
			assertThat(inquiries.queue(supervisorView, QueueFilter.of(QueueView.ALL), 25, null).items()).hasSize(25);
			String reference = inquiries.queue(agentView, QueueFilter.of(QueueView.MINE), 1, null)
				.items()
				.get(0)
				.reference();
			InquiryDetails details = inquiries.get(reference, agentView);
			assertThat(inquiries.timeline(details)).isNotEmpty();
			assertThat(details.sla()).isNotNull();
			String escalatedReference = jdbc.queryForObject(
					"select f.reference from inquiry i join case_file f on f.id = i.id where i.escalated_to is not null "
							+ "order by f.id limit 1",
					String.class);
			InquiryDetails escalated = inquiries.get(escalatedReference, supervisorView);
			assertThat(escalated.status()).isEqualTo(InquiryStatus.RESOLVED);
			assertThat(escalated.escalatedTo()).startsWith("CMP-");
			assertThat(escalated.nextStatuses()).doesNotContain(InquiryStatus.OPEN);
			assertThat(escalated.sla().resolvedAt()).isEqualTo(escalated.resolvedAt());
			for (ComplaintView view : List.of(ComplaintView.NEEDS_REVIEW, ComplaintView.FORWARDED_OVERDUE,
					ComplaintView.OPEN, ComplaintView.CLOSED)) {
				assertThat(complaints.page(supervisorView, ComplaintQueueFilter.of(view), 25, null).items())
					.as("complaints %s", view)
					.isNotEmpty();
			}
		}
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
						    actor))) from timeline_entry)
						  || (select string_agg(concat_ws('|', reference, status, priority, client_id, assignee, sla_due_at,
						    sla_state, last_activity_at, search_vector), ',' order by id) from case_file)
						  || (select count(*) || '|' || sum(hashtext(concat_ws('|', case_id, kind, body, detail, actor,
						    occurred_at))) from case_entry)
						  || (select string_agg(concat_ws('|', case_ref, first_response_due_at, resolution_due_at, next_due_at,
						    first_response_breached, resolution_breached), ',' order by case_ref) from sla_clock)
						  || (select string_agg(concat_ws('|', id, proposed_amount, reviewed_by, resolved_at), ','
						    order by id) from complaint)
						  || (select string_agg(concat_ws('|', token, rating), ',' order by token) from survey_invitation))""",
				String.class);
	}

	private long count(String sql) {
		Long count = jdbc.queryForObject(sql, Long.class);
		return count == null ? 0 : count;
	}

	private String urlOf(String database) {
		String url = connection.getJdbcUrl();
		int query = url.indexOf('?');
		String path = query < 0 ? url : url.substring(0, query);
		return path.substring(0, path.lastIndexOf('/') + 1) + database + (query < 0 ? "" : url.substring(query));
	}

	private DataSource migratedDatabase() {
		String database = "dataset_" + UUID.randomUUID().toString().replace("-", "");
		new JdbcTemplate(dataSource).execute("create database " + database);
		databases.add(database);
		DataSource target = new SimpleDriverDataSource(new org.postgresql.Driver(), urlOf(database),
				connection.getUsername(), connection.getPassword());
		Flyway.configure().dataSource(target).locations("classpath:db/migration").load().migrate();
		return target;
	}

}
