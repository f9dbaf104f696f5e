package io.servicedesk.reporting;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting module's API: KPIs, their trends and the agent leaderboard for a range of
 * days and filters, read from the daily rollup. A filter on one dimension reads that
 * dimension's rollup rows; filters on several dimensions aggregate the per-case facts of
 * the range on the fly (same SQL as the rollup, only the total). {@link ReportFilters}
 * reads the filters; {@link ReportCounting} counts a dashboard's parts side by side.
 */
@Service
public class Reports {

	static final String INQUIRY = "INQUIRY";

	static final String COMPLAINT = "COMPLAINT";

	/** Day-by-day trends up to this many days, month by month beyond. */
	static final int DAILY_SERIES_MAX_DAYS = 92;

	/** Lower edges (days) of the backlog age groups. */
	static final int[] AGE_GROUPS = { 0, 1, 3, 7, 14, 30 };

	private final JdbcClient jdbc;

	private final ReportingProperties properties;

	/**
	 * Answers already counted, each for the rollup run it was counted after: the figures
	 * change only when the job has run (about once a minute), so until then a dashboard
	 * opened again, by anyone on this node, is not counted again.
	 */
	private final Cache<Answer, Object> answers = Caffeine.newBuilder()
		.maximumSize(1_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.build();

	/**
	 * Parts counted once for several answers (the KPIs and the trends of a range share
	 * its histograms and its complaint decisions); a cache of their own, as an answer is
	 * counted inside the other cache's computation.
	 */
	private final Cache<Answer, Object> parts = Caffeine.newBuilder()
		.maximumSize(1_000)
		.expireAfterWrite(Duration.ofMinutes(10))
		.build();

	private final ReportCounting counting;

	Reports(JdbcClient jdbc, ReportingProperties properties, ReportCounting counting) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.counting = counting;
	}

	/** Everything the dashboard shows for a filter. */
	public record Dashboard(Kpis kpis, Kpis previous, Series series, List<AgentRow> leaderboard) {
	}

	/**
	 * The dashboard of a filter: its KPIs, those of the period before, the trends and the
	 * leaderboard, counted side by side.
	 */
	public Dashboard dashboard(ReportFilter filter, String sort) {
		CompletableFuture<Kpis> previous = counting.inParallel(() -> kpis(filter.previous()));
		CompletableFuture<Series> series = counting.inParallel(() -> series(filter));
		CompletableFuture<List<AgentRow>> leaderboard = counting.inParallel(() -> leaderboard(filter, sort));
		Kpis kpis = counting.inTransaction(() -> kpis(filter));
		try {
			return new Dashboard(kpis, previous.join(), series.join(), leaderboard.join());
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private record Answer(String what, ReportFilter filter, String detail, Instant rollupRun) {
	}

	private <T> T remembered(String what, ReportFilter filter, String detail, Supplier<T> count) {
		return remembered(answers, what, filter, detail, count);
	}

	private <T> T rememberedPart(String what, ReportFilter filter, Supplier<T> count) {
		return remembered(parts, what, filter, "", count);
	}

	@SuppressWarnings("unchecked")
	private <T> T remembered(Cache<Answer, Object> cache, String what, ReportFilter filter, String detail,
			Supplier<T> count) {
		Optional<Timestamp> run = jdbc.sql("select last_started_at from report_rollup_state where id = 1")
			.query(Timestamp.class)
			.optional()
			.filter(java.util.Objects::nonNull);
		if (run.isEmpty()) {
			return count.get();
		}
		return (T) cache.get(new Answer(what, filter, detail, run.get().toInstant()), key -> count.get());
	}

	/** The KPI block of the filter's range. */
	@Transactional(readOnly = true)
	public Kpis kpis(ReportFilter filter) {
		return remembered("kpis", filter, "", () -> countKpis(filter));
	}

	private Kpis countKpis(ReportFilter filter) {
		Map<String, Totals> totals = totals(filter);
		Map<String, Histogram> histograms = histograms(filter);
		Map<String, Long> backlog = backlog(filter);
		Totals inquiries = totals.getOrDefault(INQUIRY, Totals.NONE);
		Totals complaints = totals.getOrDefault(COMPLAINT, Totals.NONE);
		Histogram firstResponses = histograms.getOrDefault(INQUIRY + "FIRST_RESPONSE", new Histogram());
		Histogram resolutions = histograms.getOrDefault(INQUIRY + "RESOLUTION", new Histogram());
		Kpis.Inquiries inquiryKpis = new Kpis.Inquiries(inquiries.received(), inquiries.resolved(),
				backlog.getOrDefault(INQUIRY, 0L), firstResponses.percentile(0.5), firstResponses.percentile(0.9),
				resolutions.percentile(0.5), resolutions.percentile(0.9),
				Kpis.percent(inquiries.firstResponseMet(), inquiries.firstResponses()),
				Kpis.percent(inquiries.resolutionMet(), inquiries.resolved()),
				Kpis.percent(inquiries.reopened(), inquiries.resolved()),
				Kpis.percent(inquiries.oneTouch(), inquiries.resolved()));
		Kpis.Complaints complaintKpis = complaintKpis(filter, complaints, backlog.getOrDefault(COMPLAINT, 0L));
		Totals both = inquiries.plus(complaints);
		Kpis.Csat csat = new Kpis.Csat(both.surveysSent(), both.surveyResponses(),
				Kpis.percent(both.surveysSentAnswered(), both.surveysSent()),
				Kpis.ratio(both.ratingSum(), both.surveyResponses(), 2),
				Kpis.percent(both.satisfied(), both.surveyResponses()));
		return new Kpis(filter.from(), filter.to(), inquiryKpis, complaintKpis, csat, clients(filter));
	}

	private Kpis.Complaints complaintKpis(ReportFilter filter, Totals complaints, long backlog) {
		Decisions decisions = rememberedPart("decisions", filter, () -> countDecisions(filter));
		Map<String, Long> outcomes = decisions.outcomes();
		Map<String, BigDecimal> amounts = decisions.amounts();
		Map<String, Long> remedied = decisions.remedied();
		Map<String, Long> rootCauses = decisions.rootCauses();
		List<Kpis.Remedy> remedies = amounts.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(entry -> new Kpis.Remedy(entry.getKey(), entry.getValue(), remedied.get(entry.getKey())))
			.toList();
		List<Kpis.RootCause> causes = rootCauses.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(10)
			.map(entry -> new Kpis.RootCause(entry.getKey(), entry.getValue()))
			.toList();
		return new Kpis.Complaints(complaints.received(), complaints.resolved(), backlog,
				Kpis.percent(complaints.firstResponseMet(), complaints.firstResponses()),
				Kpis.percent(complaints.resolutionMet(), complaints.resolved()),
				Kpis.ratio(complaints.resolveSeconds() / 86_400.0, complaints.resolved(), 1), outcomes, remedies,
				causes);
	}

	/**
	 * The complaints decided in the range: outcomes, remedies per currency, root causes.
	 */
	private record Decisions(Map<String, Long> outcomes, Map<String, BigDecimal> amounts, Map<String, Long> remedied,
			Map<String, Long> rootCauses) {
	}

	private Decisions countDecisions(ReportFilter filter) {
		Map<String, Long> outcomes = new LinkedHashMap<>();
		for (String outcome : List.of("UPHELD", "PARTIALLY_UPHELD", "REJECTED")) {
			outcomes.put(outcome, 0L);
		}
		Map<String, BigDecimal> amounts = new HashMap<>();
		Map<String, Long> remedied = new HashMap<>();
		Map<String, Long> rootCauses = new HashMap<>();
		bind(jdbc
			.sql("""
					select f.outcome, f.root_cause, f.remedy_currency, count(*) as complaints, sum(f.remedy_amount) as amount
					from report_case_fact f
					where f.kind = 'COMPLAINT' and f.resolved_day between :from and :to and %s
					group by f.outcome, f.root_cause, f.remedy_currency"""
				.formatted(filter.factCondition())), filter)
			.query(rs -> {
				long count = rs.getLong("complaints");
				String outcome = rs.getString("outcome");
				if (outcome != null) {
					outcomes.merge(outcome, count, Long::sum);
				}
				String rootCause = rs.getString("root_cause");
				if (rootCause != null) {
					rootCauses.merge(rootCause, count, Long::sum);
				}
				String currency = rs.getString("remedy_currency");
				BigDecimal amount = rs.getBigDecimal("amount");
				if (currency != null && amount != null) {
					amounts.merge(currency, amount, BigDecimal::add);
					remedied.merge(currency, count, Long::sum);
				}
			});
		return new Decisions(outcomes, amounts, remedied, rootCauses);
	}

	private Kpis.Clients clients(ReportFilter filter) {
		Map<String, Object> sums = bind(jdbc.sql("""
				select coalesce(sum(new_clients), 0) as new_clients, coalesce(sum(accounts_opened), 0) as opened,
				  coalesce(sum(accounts_closed), 0) as closed, coalesce(sum(orders_taken), 0) as taken,
				  coalesce(sum(orders_delayed), 0) as delayed, coalesce(sum(orders_returned), 0) as returned
				from report_client_daily where day between :from and :to"""), filter).query().singleRow();
		long[] retention = bind(jdbc.sql("""
				select count(*) filter (where at_start) as at_start, count(*) filter (where at_start and at_end) as kept
				from (select client_id,
				        bool_or(opened_on < :from and (closed_on is null or closed_on >= :from)) as at_start,
				        bool_or(opened_on < :from and (closed_on is null or closed_on > :to)) as at_end
				      from account where status <> 'PENDING' group by client_id) a"""), filter)
			.query((rs, row) -> new long[] { rs.getLong("at_start"), rs.getLong("kept") })
			.single();
		long taken = number(sums.get("taken"));
		return new Kpis.Clients(number(sums.get("new_clients")), number(sums.get("opened")), number(sums.get("closed")),
				Kpis.percent(retention[1], retention[0]), taken, Kpis.percent(number(sums.get("delayed")), taken),
				Kpis.percent(number(sums.get("returned")), taken));
	}

	private static long number(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}

	/**
	 * Trends over the range, day by day (month by month for long ranges), for the charts.
	 */
	@Transactional(readOnly = true)
	public Series series(ReportFilter filter) {
		return remembered("series", filter, "", () -> countSeries(filter));
	}

	private Series countSeries(ReportFilter filter) {
		boolean daily = filter.days() <= DAILY_SERIES_MAX_DAYS;
		List<LocalDate> periods = new ArrayList<>();
		for (LocalDate period = daily ? filter.from() : filter.from().withDayOfMonth(1); !period
			.isAfter(filter.to()); period = daily ? period.plusDays(1) : period.plusMonths(1)) {
			periods.add(period);
		}
		Map<LocalDate, Integer> index = new HashMap<>();
		for (int i = 0; i < periods.size(); i++) {
			index.put(periods.get(i), i);
		}
		int n = periods.size();
		long[] inquiriesReceived = new long[n];
		long[] inquiriesResolved = new long[n];
		long[] complaintsReceived = new long[n];
		long[] complaintsResolved = new long[n];
		long[] firstResponses = new long[n];
		long[] firstResponseMet = new long[n];
		long[] resolved = new long[n];
		long[] resolutionMet = new long[n];
		long[] responses = new long[n];
		long[] ratings = new long[n];
		String bucket = daily ? "r.day" : "cast(date_trunc('month', r.day) as date)";
		bind(jdbc.sql("""
				select %s as period, r.kind, sum(r.received) as received, sum(r.resolved) as resolved,
				  sum(r.first_responses) as first_responses, sum(r.first_response_met) as first_response_met,
				  sum(r.resolution_met) as resolution_met, sum(r.survey_responses) as responses,
				  sum(r.rating_sum) as ratings
				from %s r group by 1, 2""".formatted(bucket, dailySource(filter, !daily))), filter).query(rs -> {
			Integer i = index.get(rs.getObject("period", LocalDate.class));
			if (i == null) {
				return;
			}
			boolean inquiry = INQUIRY.equals(rs.getString("kind"));
			(inquiry ? inquiriesReceived : complaintsReceived)[i] += rs.getLong("received");
			(inquiry ? inquiriesResolved : complaintsResolved)[i] += rs.getLong("resolved");
			firstResponses[i] += rs.getLong("first_responses");
			firstResponseMet[i] += rs.getLong("first_response_met");
			resolved[i] += rs.getLong("resolved");
			resolutionMet[i] += rs.getLong("resolution_met");
			responses[i] += rs.getLong("responses");
			ratings[i] += rs.getLong("ratings");
		});
		List<Double> firstResponseSla = new ArrayList<>();
		List<Double> resolutionSla = new ArrayList<>();
		List<Double> csatAverage = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			firstResponseSla.add(Kpis.percent(firstResponseMet[i], firstResponses[i]));
			resolutionSla.add(Kpis.percent(resolutionMet[i], resolved[i]));
			csatAverage.add(Kpis.ratio(ratings[i], responses[i], 2));
		}
		Histogram distribution = new Histogram();
		histograms(filter).forEach((key, histogram) -> {
			if (key.endsWith("FIRST_RESPONSE")) {
				long[] counts = histogram.counts();
				for (int b = 0; b < counts.length; b++) {
					distribution.add(b, counts[b]);
				}
			}
		});
		List<Series.Bucket> firstResponseDistribution = new ArrayList<>();
		long[] counts = distribution.counts();
		for (int b = 0; b < counts.length; b++) {
			firstResponseDistribution.add(new Series.Bucket(Histogram.label(b), counts[b]));
		}
		long[][] ages = backlogByAge(filter);
		List<Series.Age> backlogByAge = new ArrayList<>();
		for (int g = 0; g < AGE_GROUPS.length; g++) {
			backlogByAge.add(new Series.Age(AGE_GROUPS[g], ages[0][g], ages[1][g]));
		}
		return new Series(daily ? "day" : "month", periods, longs(inquiriesReceived), longs(inquiriesResolved),
				longs(complaintsReceived), longs(complaintsResolved), firstResponseSla, resolutionSla, csatAverage,
				longs(responses), firstResponseDistribution, backlogByAge,
				complaintKpis(filter, Totals.NONE, 0).rootCauses());
	}

	private static List<Long> longs(long[] values) {
		return java.util.Arrays.stream(values).boxed().toList();
	}

	private long[][] backlogByAge(ReportFilter filter) {
		long[][] ages = new long[2][AGE_GROUPS.length];
		bind(jdbc.sql("""
				select f.kind, :to - f.created_day as age, count(*) as cases
				from report_case_fact f
				where f.kind in ('INQUIRY', 'COMPLAINT') and coalesce(f.resolved_day, 'infinity'::date) > :to
				  and f.created_day <= :to and %s
				group by 1, 2""".formatted(filter.factCondition())), filter).query(rs -> {
			int age = rs.getInt("age");
			int group = 0;
			for (int g = 0; g < AGE_GROUPS.length; g++) {
				if (age >= AGE_GROUPS[g]) {
					group = g;
				}
			}
			ages[INQUIRY.equals(rs.getString("kind")) ? 0 : 1][group] += rs.getLong("cases");
		});
		return ages;
	}

	/**
	 * The agents of the range (those with cases in the filter's dimensions), sorted by
	 * {@code sort} (a column name, {@code -} in front for descending).
	 */
	@Transactional(readOnly = true)
	public List<AgentRow> leaderboard(ReportFilter filter, String sort) {
		return remembered("leaderboard", filter, String.valueOf(sort), () -> countLeaderboard(filter, sort));
	}

	private List<AgentRow> countLeaderboard(ReportFilter filter, String sort) {
		String source;
		String histogramSource;
		String agentDimension = "('AGENT', coalesce(e.agent, ''))";
		if (filter.dimensions().isEmpty()) {
			source = rollupRows("daily", "dimension = 'AGENT'", true);
			histogramSource = rollupRows("daily_histogram", "dimension = 'AGENT'", true);
		}
		else {
			source = "("
					+ ReportSql.dailyRows(ReportSql.Days.range(filter.days()), filter.factCondition(), agentDimension)
					+ ")";
			histogramSource = "(" + ReportSql.histogramRows(ReportSql.Days.range(filter.days()), filter.factCondition(),
					agentDimension) + ")";
		}
		Map<String, Histogram> firstResponse = new HashMap<>();
		bind(jdbc.sql("""
				select h.dimension_value as agent, h.bucket, sum(h.cases) as cases from %s h
				where h.metric = 'FIRST_RESPONSE' and h.dimension_value <> ''
				group by h.dimension_value, h.bucket""".formatted(histogramSource)), filter).query(rs -> {
			firstResponse.computeIfAbsent(rs.getString("agent"), agent -> new Histogram())
				.add(rs.getInt("bucket"), rs.getLong("cases"));
		});
		List<AgentRow> rows = bind(jdbc.sql("""
				select r.dimension_value as agent, coalesce(max(s.display_name), r.dimension_value) as name,
				  sum(r.received) as received, sum(r.resolved) as resolved, sum(r.first_responses) as first_responses,
				  sum(r.first_response_met) as first_response_met, sum(r.resolution_met) as resolution_met,
				  sum(r.survey_responses) as responses, sum(r.rating_sum) as ratings
				from %s r left join staff s on s.username = r.dimension_value
				where r.dimension_value <> ''
				group by r.dimension_value""".formatted(source)), filter)
			.query((rs, row) -> new AgentRow(rs.getString("agent"), rs.getString("name"), rs.getLong("received"),
					rs.getLong("resolved"),
					Optional.ofNullable(firstResponse.get(rs.getString("agent")))
						.map(histogram -> histogram.percentile(0.5))
						.orElse(null),
					Kpis.percent(rs.getLong("first_response_met"), rs.getLong("first_responses")),
					Kpis.percent(rs.getLong("resolution_met"), rs.getLong("resolved")),
					Kpis.ratio(rs.getLong("ratings"), rs.getLong("responses"), 2), rs.getLong("responses")))
			.list();
		return rows.stream().sorted(AgentRow.order(sort)).toList();
	}

	private Map<String, Totals> totals(ReportFilter filter) {
		Map<String, Totals> totals = new HashMap<>();
		bind(jdbc.sql("""
				select r.kind, sum(r.received) as received, sum(r.resolved) as resolved,
				  sum(r.first_responses) as first_responses, sum(r.first_response_met) as first_response_met,
				  sum(r.resolution_met) as resolution_met, sum(r.reopened) as reopened, sum(r.one_touch) as one_touch,
				  sum(r.resolve_seconds) as resolve_seconds, sum(r.surveys_sent) as surveys_sent,
				  sum(r.surveys_sent_answered) as surveys_sent_answered, sum(r.survey_responses) as survey_responses,
				  sum(r.rating_sum) as rating_sum, sum(r.satisfied) as satisfied
				from %s r group by r.kind""".formatted(dailySource(filter, true))), filter).query(rs -> {
			totals.put(rs.getString("kind"),
					new Totals(rs.getLong("received"), rs.getLong("resolved"), rs.getLong("first_responses"),
							rs.getLong("first_response_met"), rs.getLong("resolution_met"), rs.getLong("reopened"),
							rs.getLong("one_touch"), rs.getLong("resolve_seconds"), rs.getLong("surveys_sent"),
							rs.getLong("surveys_sent_answered"), rs.getLong("survey_responses"),
							rs.getLong("rating_sum"), rs.getLong("satisfied")));
		});
		return totals;
	}

	/**
	 * Histograms keyed by case kind and metric ({@code INQUIRYFIRST_RESPONSE}, ...),
	 * shared by the KPIs and the trends (read only).
	 */
	private Map<String, Histogram> histograms(ReportFilter filter) {
		return rememberedPart("histograms", filter, () -> countHistograms(filter));
	}

	private Map<String, Histogram> countHistograms(ReportFilter filter) {
		Map<String, Histogram> histograms = new HashMap<>();
		String source;
		if (filter.dimensions().size() <= 1) {
			source = rollupRows("daily_histogram", "dimension = :dimension and dimension_value = :dimensionValue",
					true);
		}
		else {
			source = "(" + ReportSql.histogramRows(ReportSql.Days.range(filter.days()), filter.factCondition(),
					ReportSql.TOTAL_ONLY) + ")";
		}
		bind(jdbc.sql("select h.kind, h.metric, h.bucket, sum(h.cases) as cases from %s h group by 1, 2, 3"
			.formatted(source)), filter).query(rs -> {
				histograms.computeIfAbsent(rs.getString("kind") + rs.getString("metric"), key -> new Histogram())
					.add(rs.getInt("bucket"), rs.getLong("cases"));
			});
		return histograms;
	}

	private Map<String, Long> backlog(ReportFilter filter) {
		Map<String, Long> backlog = new HashMap<>();
		String sql = filter.dimensions().size() <= 1 ? """
				select kind, sum(received - resolved) as open from report_daily
				where dimension = :dimension and dimension_value = :dimensionValue and day <= :to group by kind""" : """
				select f.kind, count(*) as open from report_case_fact f
				where f.created_day <= :to and coalesce(f.resolved_day, 'infinity'::date) > :to and %s
				group by f.kind""".formatted(filter.factCondition());
		bind(jdbc.sql(sql), filter).query(rs -> {
			backlog.put(rs.getString("kind"), rs.getLong("open"));
		});
		return backlog;
	}

	/**
	 * The rollup rows of the filter's single dimension, or the facts aggregated on the
	 * fly; {@code byMonth}: whole months may come as one row each.
	 */
	private static String dailySource(ReportFilter filter, boolean byMonth) {
		if (filter.dimensions().size() <= 1) {
			return rollupRows("daily", "dimension = :dimension and dimension_value = :dimensionValue", byMonth);
		}
		return "("
				+ ReportSql.dailyRows(ReportSql.Days.range(filter.days()), filter.factCondition(), ReportSql.TOTAL_ONLY)
				+ ")";
	}

	/**
	 * The rows of a rollup table ({@code daily} or {@code daily_histogram}) that
	 * {@code condition} selects in the range: with {@code byMonth}, the range's whole
	 * months from the monthly table (one row each, dated on the month's first day) and
	 * only the days of a partial first or last month from the daily one.
	 */
	private static String rollupRows(String table, String condition, boolean byMonth) {
		String daily = "select * from report_" + table + " where " + condition + " and day between :from and :to";
		if (!byMonth) {
			return "(" + daily + ")";
		}
		return "(select * from report_" + table.replace("daily", "monthly") + " where " + condition
				+ " and day >= :wholeFrom and day < :wholeTo union all " + daily
				+ " and (day < :wholeFrom or day >= :wholeTo))";
	}

	private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ReportFilter filter) {
		List<String[]> dimensions = filter.dimensions();
		LocalDate wholeFrom = filter.from().getDayOfMonth() == 1 ? filter.from()
				: filter.from().plusMonths(1).withDayOfMonth(1);
		LocalDate wholeTo = filter.to().plusDays(1).withDayOfMonth(1);
		return statement.param("from", Date.valueOf(filter.from()))
			.param("to", Date.valueOf(filter.to()))
			.param("wholeFrom", Date.valueOf(wholeFrom))
			.param("wholeTo", Date.valueOf(wholeTo))
			.param("zone", properties.zone().getId())
			.param("dimension", dimensions.isEmpty() ? "ALL" : dimensions.get(0)[0])
			.param("dimensionValue", dimensions.isEmpty() ? "" : dimensions.get(0)[1])
			.param("team", filter.team())
			.param("agent", filter.agent())
			.param("channel", filter.channel())
			.param("category", filter.category())
			.param("priority", filter.priority());
	}

	/** Sums of rollup rows of one case kind. */
	record Totals(long received, long resolved, long firstResponses, long firstResponseMet, long resolutionMet,
			long reopened, long oneTouch, long resolveSeconds, long surveysSent, long surveysSentAnswered,
			long surveyResponses, long ratingSum, long satisfied) {

		static final Totals NONE = new Totals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

		Totals plus(Totals other) {
			return new Totals(received + other.received, resolved + other.resolved,
					firstResponses + other.firstResponses, firstResponseMet + other.firstResponseMet,
					resolutionMet + other.resolutionMet, reopened + other.reopened, oneTouch + other.oneTouch,
					resolveSeconds + other.resolveSeconds, surveysSent + other.surveysSent,
					surveysSentAnswered + other.surveysSentAnswered, surveyResponses + other.surveyResponses,
					ratingSum + other.ratingSum, satisfied + other.satisfied);
		}

	}

	/** One agent's line of the leaderboard. */
	public record AgentRow(String agent, String name, long received, long resolved, Long firstResponseMedianMinutes,
			Double firstResponseSlaPercent, Double resolutionSlaPercent, Double averageRating, long surveyResponses) {

		static final Map<String, Function<AgentRow, Comparable<?>>> COLUMNS = Map.of("name", AgentRow::name, "received",
				AgentRow::received, "resolved", AgentRow::resolved, "firstResponse",
				AgentRow::firstResponseMedianMinutes, "firstResponseSla", AgentRow::firstResponseSlaPercent,
				"resolutionSla", AgentRow::resolutionSlaPercent, "rating", AgentRow::averageRating);

		public static boolean sortable(String sort) {
			return sort != null && COLUMNS.containsKey(sort.startsWith("-") ? sort.substring(1) : sort);
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		static Comparator<AgentRow> order(String sort) {
			String wanted = sortable(sort) ? sort : "-resolved";
			boolean descending = wanted.startsWith("-");
			Function<AgentRow, Comparable<?>> key = COLUMNS.get(descending ? wanted.substring(1) : wanted);
			Comparator<Comparable> values = Comparator
				.nullsLast(descending ? Comparator.<Comparable>naturalOrder().reversed() : Comparator.naturalOrder());
			Comparator<AgentRow> order = Comparator.comparing(row -> (Comparable) key.apply(row), values);
			return order.thenComparing(AgentRow::name, Comparator.nullsLast(Comparator.naturalOrder()));
		}

	}

}
