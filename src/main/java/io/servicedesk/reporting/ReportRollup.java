package io.servicedesk.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.servicedesk.sla.BusinessCalendar;
import io.servicedesk.sla.BusinessHoursAdministration;
import io.servicedesk.sla.BusinessHoursDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the reporting tables current. Each run takes the single state row (the node that
 * gets it runs, the others skip), finds the cases, surveys, clients, accounts and orders
 * changed since the previous run started (with an overlap for transactions that were
 * still open then), recomputes those cases' facts and adds the difference between their
 * new and their old facts to the daily and monthly rollup rows, so a run costs what
 * changed, not what the days it touches hold. The first run, a changed business calendar
 * or a changed reporting time zone rebuild everything, set-based.
 */
@Component
public class ReportRollup {

	private static final Logger log = LoggerFactory.getLogger(ReportRollup.class);

	/** Transactions that were still open when the previous run started. */
	private static final Duration OVERLAP = Duration.ofMinutes(5);

	/**
	 * The counts of a {@code report_daily} (and {@code report_monthly}) row, in column
	 * order.
	 */
	private static final List<String> DAILY_COUNTS = List.of("received", "resolved", "first_responses",
			"first_response_met", "resolution_met", "reopened", "one_touch", "resolve_seconds", "surveys_sent",
			"surveys_sent_answered", "survey_responses", "rating_sum", "satisfied");

	private static final String DAILY_KEY = "dimension, dimension_value, kind, day";

	private static final List<String> HISTOGRAM_COUNTS = List.of("cases");

	private static final String HISTOGRAM_KEY = "dimension, dimension_value, kind, day, metric, bucket";

	/** The tables whose new rows the job finds by id as well as by {@code updated_at}. */
	private static final List<String> MARKED_SOURCES = List.of("case_file", "sla_clock", "case_entry",
			"survey_invitation", "client", "account", "client_order");

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final BusinessHoursAdministration businessHours;

	private final ReportingProperties properties;

	private final Clock clock;

	ReportRollup(JdbcClient jdbc, TransactionTemplate transactions, BusinessHoursAdministration businessHours,
			ReportingProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.businessHours = businessHours;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${servicedesk.reports.rollup.initial-delay:PT5S}",
			fixedDelayString = "${servicedesk.reports.rollup.interval:PT1M}")
	void scheduled() {
		try {
			transactions.executeWithoutResult(status -> run(true));
		}
		catch (RuntimeException ex) {
			log.error("The report rollup failed; the next run tries again", ex);
		}
	}

	/**
	 * Brings the rollup up to date now, waiting for a run on another node to finish
	 * first.
	 */
	public void refresh() {
		transactions.executeWithoutResult(status -> run(false));
	}

	private void run(boolean skipIfBusy) {
		Optional<State> locked = jdbc
			.sql("select zone, calendars, last_started_at from report_rollup_state where id = 1 for update"
					+ (skipIfBusy ? " skip locked" : ""))
			.query((rs, row) -> new State(rs.getString(1), rs.getString(2), rs.getTimestamp(3)))
			.optional();
		if (locked.isEmpty()) {
			return;
		}
		State state = locked.get();
		Instant started = clock.instant();
		String zone = properties.zone().getId();
		List<BusinessHoursDetails> calendars = businessHours.list();
		String calendarVersions = calendars.stream()
			.map(calendar -> calendar.id() + ":" + calendar.version())
			.collect(Collectors.joining(","));
		boolean full = state.lastStartedAt() == null || !zone.equals(state.zone())
				|| !calendarVersions.equals(state.calendars());
		storePeriods(calendars, started);
		Map<String, Long> marks = new java.util.HashMap<>();
		jdbc.sql("select source, older_id from report_rollup_mark").query(rs -> {
			marks.put(rs.getString(1), rs.getLong(2));
		});
		Map<String, Long> highest = new java.util.HashMap<>();
		for (String source : MARKED_SOURCES) {
			highest.put(source, jdbc.sql("select coalesce(max(id), 0) from " + source).query(Long.class).single());
		}
		if (full) {
			long fullStarted = System.nanoTime();
			rebuildAll(zone);
			long millis = Duration.ofNanos(System.nanoTime() - fullStarted).toMillis();
			jdbc.sql("update report_rollup_state set last_full_at = :at, last_full_millis = :millis where id = 1")
				.param("at", Timestamp.from(started))
				.param("millis", millis)
				.update();
			log.info("Report rollup rebuilt in {} ms", millis);
		}
		else {
			Instant since = state.lastStartedAt().toInstant().minus(OVERLAP);
			refreshCases(zone, since, marks);
			refreshClientDays(zone, since, started, marks);
		}
		advanceMarks(highest, full);
		jdbc.sql("update report_rollup_state set zone = :zone, calendars = :calendars, last_started_at = :started "
				+ "where id = 1")
			.param("zone", zone)
			.param("calendars", calendarVersions)
			.param("started", Timestamp.from(started))
			.update();
	}

	/**
	 * The opening periods of every calendar from the first case's start to a week from
	 * now; the business seconds before each period count from the first one, so a wider
	 * range changes no difference between two instants.
	 */
	private void storePeriods(List<BusinessHoursDetails> calendars, Instant now) {
		Timestamp earliest = jdbc.sql("select min(started_at) from sla_clock")
			.query((rs, row) -> rs.getTimestamp(1))
			.list()
			.get(0);
		LocalDate first = (earliest == null ? now : earliest.toInstant()).atZone(java.time.ZoneOffset.UTC)
			.toLocalDate()
			.minusDays(3);
		LocalDate last = now.atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(7);
		for (BusinessHoursDetails details : calendars) {
			Map<String, Object> covered = jdbc
				.sql("select min(period_start) as first_start, max(period_end) as last_end "
						+ "from report_business_period where calendar_id = :id")
				.param("id", details.id())
				.query()
				.singleRow();
			Timestamp coveredFrom = (Timestamp) covered.get("first_start");
			Timestamp coveredTo = (Timestamp) covered.get("last_end");
			boolean stale = coveredFrom == null
					|| coveredFrom.toInstant()
						.isAfter(first.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant())
					|| coveredTo.toInstant()
						.isBefore(last.minusDays(3).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
			if (stale || !calendarUnchanged(details)) {
				writePeriods(details, first, last.plusDays(30));
			}
		}
	}

	private boolean calendarUnchanged(BusinessHoursDetails details) {
		String known = jdbc.sql("select calendars from report_rollup_state where id = 1")
			.query(String.class)
			.optional()
			.orElse(null);
		return known != null && List.of(known.split(",")).contains(details.id() + ":" + details.version());
	}

	private void writePeriods(BusinessHoursDetails details, LocalDate first, LocalDate last) {
		BusinessCalendar calendar = new BusinessCalendar(details.zone(), details.weeklyHours(), details.holidays());
		jdbc.sql("delete from report_business_period where calendar_id = :id").param("id", details.id()).update();
		StringBuilder starts = new StringBuilder("{");
		StringBuilder ends = new StringBuilder("{");
		StringBuilder before = new StringBuilder("{");
		long micros = 0;
		boolean any = false;
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			for (BusinessCalendar.Period period : calendar.openPeriodsOn(day)) {
				if (any) {
					starts.append(',');
					ends.append(',');
					before.append(',');
				}
				any = true;
				starts.append('"').append(period.start()).append('"');
				ends.append('"').append(period.end()).append('"');
				before.append(micros / 1_000_000).append('.').append("%06d".formatted(micros % 1_000_000));
				micros += Duration.between(period.start(), period.end()).toNanos() / 1_000;
			}
		}
		if (!any) {
			return;
		}
		jdbc.sql("""
				insert into report_business_period (calendar_id, period_start, period_end, seconds_before)
				select :id, s, e, b
				from unnest(cast(:starts as timestamptz[]), cast(:ends as timestamptz[]), cast(:before as numeric[]))
				  as p (s, e, b)""")
			.param("id", details.id())
			.param("starts", starts.append('}').toString())
			.param("ends", ends.append('}').toString())
			.param("before", before.append('}').toString())
			.update();
	}

	private void rebuildAll(String zone) {
		jdbc.sql("truncate report_case_fact, report_survey_fact, report_daily, report_daily_histogram, "
				+ "report_monthly, report_monthly_histogram, report_client_daily")
			.update();
		// in order of creation, so the facts of a range of days lie together on disk
		jdbc.sql(ReportSql.FACTS_INSERT + " where true order by c.created_at").param("zone", zone).update();
		jdbc.sql(ReportSql.SURVEY_FACTS_INSERT + " order by v.created_at").param("zone", zone).update();
		jdbc.sql("analyze report_case_fact, report_survey_fact").update();
		jdbc.sql("insert into report_daily "
				+ ReportSql.dailyRows(ReportSql.Days.EVERY, "true", ReportSql.ALL_DIMENSIONS))
			.update();
		jdbc.sql("insert into report_daily_histogram "
				+ ReportSql.histogramRows(ReportSql.Days.EVERY, "true", ReportSql.ALL_DIMENSIONS))
			.update();
		jdbc.sql("insert into report_monthly " + monthly(DAILY_COUNTS, "report_daily")).update();
		jdbc.sql("insert into report_monthly_histogram " + monthly(HISTOGRAM_COUNTS, "report_daily_histogram"))
			.update();
		jdbc.sql("""
				insert into report_client_daily (day)
				select (created_at at time zone :zone)::date from client
				union select opened_on from account union select closed_on from account where closed_on is not null
				union select (created_at at time zone :zone)::date from client_order
				""").param("zone", zone).update();
		clientFigures(zone, "true");
		jdbc.sql("analyze report_daily, report_daily_histogram, report_monthly, report_monthly_histogram, "
				+ "report_client_daily")
			.update();
	}

	/**
	 * The highest ids seen at the start of this run become the recent marks, the previous
	 * recent marks the older ones; a full rebuild has read everything up to them.
	 */
	private void advanceMarks(Map<String, Long> highest, boolean full) {
		for (String source : MARKED_SOURCES) {
			jdbc.sql("update report_rollup_mark set older_id = " + (full ? ":highest" : "recent_id")
					+ ", recent_id = :highest where source = :source")
				.param("source", source)
				.param("highest", highest.get(source))
				.update();
		}
	}

	private void refreshCases(String zone, Instant since, Map<String, Long> marks) {
		jdbc.sql("create temporary table report_changed (case_id bigint primary key) on commit drop").update();
		jdbc.sql(
				"""
						insert into report_changed (case_id)
						select id from case_file where updated_at >= :since or id > :caseMark
						union
						select c.id from sla_clock s join case_file c on c.kind = s.case_kind and c.reference = s.case_ref
						where s.updated_at >= :since or s.id > :clockMark
						union
						select c.id from survey_invitation v join case_file c on c.kind = v.case_kind and c.reference = v.case_ref
						where v.updated_at >= :since or v.id > :surveyMark
						union
						select case_id from case_entry where id > :entryMark
						""")
			.param("since", Timestamp.from(since))
			.param("caseMark", marks.getOrDefault("case_file", 0L))
			.param("clockMark", marks.getOrDefault("sla_clock", 0L))
			.param("surveyMark", marks.getOrDefault("survey_invitation", 0L))
			.param("entryMark", marks.getOrDefault("case_entry", 0L))
			.update();
		jdbc.sql("analyze report_changed").update();
		jdbc.sql("create temporary table report_old_case_fact on commit drop as "
				+ "select * from report_case_fact where case_id in (select case_id from report_changed)")
			.update();
		jdbc.sql("create temporary table report_old_survey_fact on commit drop as "
				+ "select * from report_survey_fact where case_id in (select case_id from report_changed)")
			.update();
		jdbc.sql("delete from report_survey_fact where case_id in (select case_id from report_changed)").update();
		jdbc.sql("delete from report_case_fact where case_id in (select case_id from report_changed)").update();
		jdbc.sql(ReportSql.FACTS_INSERT + " where c.id in (select case_id from report_changed)")
			.param("zone", zone)
			.update();
		jdbc.sql(ReportSql.SURVEY_FACTS_INSERT + " where c.id in (select case_id from report_changed)")
			.param("zone", zone)
			.update();
		// what the changed cases now count, less what they counted before, added to the
		// rollup rows
		ReportSql.Facts changes = new ReportSql.Facts(
				"(select n.*, 1 as weight from report_case_fact n where n.case_id in (select case_id from report_changed)"
						+ " union all select o.*, -1 from report_old_case_fact o)",
				"(select n.*, 1 as weight from report_survey_fact n where n.case_id in (select case_id from report_changed)"
						+ " union all select o.*, -1 from report_old_survey_fact o)",
				"f.weight");
		jdbc.sql("create temporary table report_daily_change on commit drop as "
				+ ReportSql.dailyRows(ReportSql.Days.EVERY, "true", ReportSql.ALL_DIMENSIONS, changes))
			.update();
		jdbc.sql("create temporary table report_histogram_change on commit drop as "
				+ ReportSql.histogramRows(ReportSql.Days.EVERY, "true", ReportSql.ALL_DIMENSIONS, changes))
			.update();
		add("report_daily", "select * from report_daily_change", DAILY_COUNTS, DAILY_KEY);
		add("report_monthly", monthly(DAILY_COUNTS, "report_daily_change"), DAILY_COUNTS, DAILY_KEY);
		add("report_daily_histogram", "select * from report_histogram_change", HISTOGRAM_COUNTS, HISTOGRAM_KEY);
		add("report_monthly_histogram", monthly(HISTOGRAM_COUNTS, "report_histogram_change"), HISTOGRAM_COUNTS,
				HISTOGRAM_KEY);
	}

	/**
	 * Adds rows shaped like {@code table}'s to it: the counts of a row already there grow
	 * (or shrink) by the new row's.
	 */
	private void add(String table, String rows, List<String> counts, String key) {
		String sums = counts.stream()
			.map(count -> count + " = r." + count + " + excluded." + count)
			.collect(Collectors.joining(", "));
		jdbc.sql("insert into " + table + " as r " + rows + " on conflict (" + key + ") do update set " + sums)
			.update();
	}

	/**
	 * The rows of a daily rollup table (or rows shaped like them) summed per calendar
	 * month, dated on the month's first day.
	 */
	private static String monthly(List<String> counts, String daily) {
		boolean histogram = counts.equals(HISTOGRAM_COUNTS);
		String key = histogram ? "dimension, dimension_value, kind, %s, metric, bucket"
				: "dimension, dimension_value, kind, %s";
		String month = "cast(date_trunc('month', day) as date)";
		return "select " + key.formatted(month) + ", "
				+ counts.stream().map(count -> "sum(" + count + ")").collect(Collectors.joining(", ")) + " from "
				+ daily + " group by " + key.formatted(month);
	}

	private void refreshClientDays(String zone, Instant since, Instant now, Map<String, Long> marks) {
		jdbc.sql("create temporary table report_client_days (day date primary key) on commit drop").update();
		jdbc.sql("""
				insert into report_client_days (day)
				select (created_at at time zone :zone)::date from client where updated_at >= :since or id > :clientMark
				union select opened_on from account where updated_at >= :since or id > :accountMark
				union select closed_on from account
				  where (updated_at >= :since or id > :accountMark) and closed_on is not null
				union select (created_at at time zone :zone)::date from client_order
				  where updated_at >= :since or id > :orderMark
				union select (created_at at time zone :zone)::date from client_order
				  where status in ('RECEIVED', 'CONFIRMED', 'IN_FULFILLMENT', 'SHIPPED')
				    and promised_delivery_date >= :sinceDay and promised_delivery_date < :today
				""")
			.param("zone", zone)
			.param("since", Timestamp.from(since))
			.param("clientMark", marks.getOrDefault("client", 0L))
			.param("accountMark", marks.getOrDefault("account", 0L))
			.param("orderMark", marks.getOrDefault("client_order", 0L))
			.param("sinceDay", Date.valueOf(since.atZone(properties.zone()).toLocalDate().minusDays(1)))
			.param("today", Date.valueOf(now.atZone(properties.zone()).toLocalDate()))
			.update();
		jdbc.sql("delete from report_client_daily where day in (select day from report_client_days)").update();
		jdbc.sql("insert into report_client_daily (day) select day from report_client_days").update();
		clientFigures(zone, "r.day in (select day from report_client_days)");
	}

	private void clientFigures(String zone, String condition) {
		String today = "(now() at time zone :zone)::date";
		jdbc.sql(
				"""
						update report_client_daily r set
						  new_clients = (select count(*) from client c
						    where c.created_at >= (r.day::timestamp at time zone :zone)
						      and c.created_at < ((r.day + 1)::timestamp at time zone :zone)),
						  accounts_opened = (select count(*) from account a where a.opened_on = r.day and a.status <> 'PENDING'),
						  accounts_closed = (select count(*) from account a where a.closed_on = r.day),
						  orders_taken = o.taken, orders_delayed = o.delayed, orders_returned = o.returned
						from report_client_daily x
						cross join lateral (select count(*) as taken,
						    count(*) filter (where delay_declared
						      or (delivered_at is not null and (delivered_at at time zone :zone)::date > promised_delivery_date)
						      or (status in ('RECEIVED', 'CONFIRMED', 'IN_FULFILLMENT', 'SHIPPED')
						          and promised_delivery_date < %s)) as delayed,
						    count(*) filter (where status in ('RETURN_REQUESTED', 'RETURNED')) as returned
						  from client_order
						  where created_at >= (x.day::timestamp at time zone :zone)
						    and created_at < ((x.day + 1)::timestamp at time zone :zone)) o
						where x.day = r.day and %s"""
					.formatted(today, condition))
			.param("zone", zone)
			.update();
	}

	private record State(String zone, String calendars, Timestamp lastStartedAt) {
	}

}
