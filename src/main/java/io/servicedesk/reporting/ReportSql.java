package io.servicedesk.reporting;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The set-based SQL of the reporting tables, shared by the rollup job (every day, every
 * dimension; all facts when it rebuilds, the changes of the changed cases' facts when it
 * catches up) and by the dashboard when it combines several filters (a range of days, the
 * facts filtered, no rollup row to read).
 */
final class ReportSql {

	/** Every dimension a rollup row is kept for. */
	static final String ALL_DIMENSIONS = "('ALL', ''), ('TEAM', coalesce(e.team_id::text, '')), "
			+ "('AGENT', coalesce(e.agent, '')), ('CHANNEL', e.channel), ('CATEGORY', coalesce(e.category, '')), "
			+ "('PRIORITY', e.priority)";

	/** The dimensions of a fact ({@code f}). */
	private static final String DIMENSION_COLUMNS = "f.kind, f.team_id, f.agent, f.channel, f.category, f.priority";

	/** Only the total, for figures computed from the facts on the fly. */
	static final String TOTAL_ONLY = "('ALL', '')";

	/**
	 * The facts of the cases that a {@code where} clause appended to this statement
	 * selects (on {@code c}, the case row). Business time comes from the stored opening
	 * periods of the clock's calendar; the resolution time excludes the business time the
	 * clock spent paused (waiting for the client, or resolved before a reopening).
	 */
	static final String FACTS_INSERT = """
			insert into report_case_fact (case_id, kind, team_id, agent, channel, category, priority, created_day,
			  first_response_day, first_response_minutes, first_response_met, resolved_day, resolution_minutes,
			  resolution_met, resolve_seconds, reopened, one_touch, outcome, root_cause, remedy_amount, remedy_currency)
			select c.id, c.kind, c.team_id, c.assignee, c.channel, c.category_code, c.priority,
			  (c.created_at at time zone :zone)::date,
			  (s.first_responded_at at time zone :zone)::date,
			  case when b.at_first_response is not null
			    then greatest(0, floor((b.at_first_response - b.at_start) / 60))::bigint end,
			  s.first_responded_at <= s.first_response_due_at,
			  (r.resolved_at at time zone :zone)::date,
			  case when b.at_resolved is not null
			    then greatest(0, floor((b.at_resolved - b.at_start) / 60) - s.paused_business_minutes
			      - coalesce(floor((b.at_resolved - b.at_paused) / 60), 0))::bigint end,
			  case when s.id is not null and r.resolved_at is not null then r.resolved_at <= s.resolution_due_at end,
			  floor(extract(epoch from (r.resolved_at - c.created_at)))::bigint,
			  o.reopened,
			  r.resolved_at is not null and not o.reopened and o.replies = 1,
			  case when k.resolved_at is not null then k.proposed_outcome end,
			  case when k.resolved_at is not null then k.root_cause end,
			  case when k.resolved_at is not null then k.proposed_amount end,
			  case when k.resolved_at is not null then k.proposed_currency end
			from case_file c
			left join sla_clock s on s.case_kind = c.kind and s.case_ref = c.reference
			left join inquiry i on i.id = c.id
			left join complaint k on k.id = c.id
			cross join lateral (select coalesce(i.resolved_at, k.resolved_at, i.closed_at, k.closed_at) as resolved_at) r
			cross join lateral (select
			    case when s.id is not null then report_business_seconds(s.calendar_id, s.started_at) end as at_start,
			    case when s.first_responded_at is not null
			      then report_business_seconds(s.calendar_id, s.first_responded_at) end as at_first_response,
			    case when s.id is not null and r.resolved_at is not null
			      then report_business_seconds(s.calendar_id, r.resolved_at) end as at_resolved,
			    case when s.paused_since is not null and r.resolved_at is not null and s.paused_since < r.resolved_at
			      then report_business_seconds(s.calendar_id, s.paused_since) end as at_paused) b
			cross join lateral (select
			    coalesce(bool_or(e.kind = 'STATUS_CHANGED'
			      and (e.detail = 'RESOLVED → OPEN' or e.detail like '% → REOPENED')), false)
			      or k.reopened_at is not null as reopened,
			    count(*) filter (where e.kind = 'MESSAGE_OUT') as replies
			  from case_entry e where e.case_id = c.id) o
			""";

	/**
	 * The facts of the survey invitations of the cases that a {@code where} clause
	 * appended to this statement selects (on {@code c}, the case row), with the
	 * dimensions of their case's facts. An invitation counts as sent on the day its mail
	 * was delivered (or, when the link reached the client another way, the day they
	 * answered); one that reached nobody is no survey sent.
	 */
	static final String SURVEY_FACTS_INSERT = """
			insert into report_survey_fact (invitation_id, case_id, kind, team_id, agent, channel, category, priority,
			  sent_day, answered_day, rating)
			select v.id, f.case_id, f.kind, f.team_id, f.agent, f.channel, f.category, f.priority,
			  (coalesce(v.sent_at, v.answered_at) at time zone :zone)::date, (v.answered_at at time zone :zone)::date,
			  v.rating
			from survey_invitation v
			join case_file c on c.kind = v.case_kind and c.reference = v.case_ref
			  and coalesce(v.sent_at, v.answered_at) is not null
			join report_case_fact f on f.case_id = c.id
			""";

	private ReportSql() {
	}

	/**
	 * Rows shaped like {@code report_daily}: what happened per day, case kind and
	 * dimension value to the cases the days and {@code filter} select.
	 */
	static String dailyRows(Days days, String filter, String dimensions) {
		return dailyRows(days, filter, dimensions, Facts.STORED);
	}

	/**
	 * Rows shaped like {@code report_daily} from the given facts, each counted with its
	 * weight: each day a fact counts on (created, first response, resolved; sent and
	 * answered for a survey) gives a row of its own.
	 */
	static String dailyRows(Days days, String filter, String dimensions, Facts facts) {
		String w = facts.weight();
		String cases = read(days, """
				select x.day, %s, x.received, x.resolved, x.first_responses, x.first_response_met, x.resolution_met,
				  x.reopened, x.one_touch, x.resolve_seconds, 0 as surveys_sent, 0 as surveys_sent_answered,
				  0 as survey_responses, 0 as rating_sum, 0 as satisfied""".formatted(DIMENSION_COLUMNS), facts.cases(),
				"x (day, received, resolved, first_responses, first_response_met, resolution_met, reopened, one_touch, "
						+ "resolve_seconds)",
				List.of(new Event("f.created_day", "(f.created_day, %1$s, 0, 0, 0, 0, 0, 0, 0::bigint)"),
						new Event("f.first_response_day",
								"(f.first_response_day, 0, 0, %1$s, "
										+ "case when f.first_response_met then %1$s else 0 end, 0, 0, 0, 0::bigint)"),
						new Event("f.resolved_day", "(f.resolved_day, 0, %1$s, 0, 0, "
								+ "case when f.resolution_met then %1$s else 0 end, case when f.reopened then %1$s else 0 end, "
								+ "case when f.one_touch then %1$s else 0 end, coalesce(f.resolve_seconds, 0) * %1$s)")),
				filter, w);
		String surveys = read(days, """
				select x.day, %s, 0, 0, 0, 0, 0, 0, 0, 0::bigint, x.surveys_sent, x.surveys_sent_answered,
				  x.survey_responses, x.rating_sum, x.satisfied""".formatted(DIMENSION_COLUMNS), facts.surveys(),
				"x (day, surveys_sent, surveys_sent_answered, survey_responses, rating_sum, satisfied)",
				List.of(new Event("f.sent_day",
						"(f.sent_day, %1$s, case when f.answered_day is not null then %1$s else 0 end, 0, 0, 0)"),
						new Event("f.answered_day", "(f.answered_day, 0, 0, %1$s, coalesce(f.rating, 0) * %1$s, "
								+ "case when f.rating >= 4 then %1$s else 0 end)")),
				filter, w);
		return """
				select t.dimension, t.dimension_value, e.kind, e.day, sum(e.received)::int as received,
				  sum(e.resolved)::int as resolved, sum(e.first_responses)::int as first_responses,
				  sum(e.first_response_met)::int as first_response_met, sum(e.resolution_met)::int as resolution_met,
				  sum(e.reopened)::int as reopened, sum(e.one_touch)::int as one_touch,
				  sum(e.resolve_seconds)::bigint as resolve_seconds, sum(e.surveys_sent)::int as surveys_sent,
				  sum(e.surveys_sent_answered)::int as surveys_sent_answered,
				  sum(e.survey_responses)::int as survey_responses, sum(e.rating_sum)::int as rating_sum,
				  sum(e.satisfied)::int as satisfied
				from (%s union all %s) e
				cross join lateral (values %s) as t (dimension, dimension_value)
				group by t.dimension, t.dimension_value, e.kind, e.day
				""".formatted(cases, surveys, dimensions);
	}

	/**
	 * Rows shaped like {@code report_daily_histogram}: business minutes to first response
	 * and to resolution, counted per histogram bucket.
	 */
	static String histogramRows(Days days, String filter, String dimensions) {
		return histogramRows(days, filter, dimensions, Facts.STORED);
	}

	/**
	 * Rows shaped like {@code report_daily_histogram} from the given facts, each counted
	 * with its weight.
	 */
	static String histogramRows(Days days, String filter, String dimensions, Facts facts) {
		String minutes = read(days,
				"select x.day, %s, x.metric, report_bucket(x.minutes) as bucket, %s as weight"
					.formatted(DIMENSION_COLUMNS, facts.weight()),
				facts.cases(), "x (day, metric, minutes)",
				List.of(new Event("f.first_response_day",
						"(f.first_response_day, 'FIRST_RESPONSE', f.first_response_minutes)"),
						new Event("f.resolved_day", "(f.resolved_day, 'RESOLUTION', f.resolution_minutes)")),
				filter + " and x.minutes is not null", facts.weight());
		return """
				select t.dimension, t.dimension_value, e.kind, e.day, e.metric, e.bucket, sum(e.weight)::int as cases
				from (%s) e
				cross join lateral (values %s) as t (dimension, dimension_value)
				group by t.dimension, t.dimension_value, e.kind, e.day, e.metric, e.bucket
				""".formatted(minutes, dimensions);
	}

	/**
	 * Reads the facts {@code source} as {@code f}; each event (a day column of the fact
	 * and the row of values, {@code %1$s} for the weight, it counts on that day) becomes
	 * a row {@code x}. Over many days in one pass over the facts; over a few, one pass
	 * per day column, each on that day's index.
	 */
	private static String read(Days days, String select, String source, String values, List<Event> events,
			String filter, String weight) {
		if (days.onePass()) {
			return select + " from " + source + " f cross join lateral (values "
					+ events.stream().map(event -> event.values().formatted(weight)).collect(Collectors.joining(", "))
					+ ") as " + values + " where "
					+ days.anyOf(events.stream().map(event -> event.day()).toArray(String[]::new)) + " and "
					+ days.day("x.day") + " and " + filter;
		}
		return events.stream()
			.map(event -> select + " from " + source + " f cross join lateral (values "
					+ event.values().formatted(weight) + ") as " + values + " where " + days.day(event.day()) + " and "
					+ filter)
			.collect(Collectors.joining(" union all "));
	}

	/**
	 * A day a fact counts on ({@code day}, a column of {@code f}) and the row of values
	 * it counts there ({@code %1$s} stands for the weight).
	 */
	private record Event(String day, String values) {
	}

	/**
	 * Where a statement reads facts: the case facts, the survey facts (each a table or a
	 * subquery with the columns of the stored ones) and the weight each row counts with.
	 */
	record Facts(String cases, String surveys, String weight) {

		/** The stored facts, each counted once. */
		static final Facts STORED = new Facts("report_case_fact", "report_survey_fact", "1");

	}

	/** Which days a statement covers. */
	interface Days {

		/** Every day the facts have, in one pass. */
		Days EVERY = new Days() {
			@Override
			public boolean onePass() {
				return true;
			}

			@Override
			public String anyOf(String... columns) {
				return "true";
			}

			@Override
			public String day(String column) {
				return column + " is not null";
			}
		};

		/**
		 * The days from {@code :from} to {@code :to}, both included: {@code count} of
		 * them; beyond a quarter the facts are read in one pass.
		 */
		static Days range(long count) {
			return new Days() {
				@Override
				public boolean onePass() {
					return count > 92;
				}

				@Override
				public String anyOf(String... columns) {
					return Arrays.stream(columns).map(this::day).collect(Collectors.joining(" or ", "(", ")"));
				}

				@Override
				public String day(String column) {
					return column + " between :from and :to";
				}
			};
		}

		/** Whether to read each fact once for all its days, or once per day column. */
		boolean onePass();

		/** A condition on a fact: one of its days, {@code columns}, is covered. */
		String anyOf(String... columns);

		/** A condition on a day: it is covered. */
		String day(String column);

	}

}
