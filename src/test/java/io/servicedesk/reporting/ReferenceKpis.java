package io.servicedesk.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;

import io.servicedesk.sla.BusinessCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The KPIs computed straight from the case, SLA clock, case entry, survey, client,
 * account and order rows, case by case in Java with the SLA module's business calendar:
 * no fact table, no rollup, no histogram table. What the rollup answers must equal this.
 */
final class ReferenceKpis {

	private final List<RawCase> cases = new ArrayList<>();

	private final List<RawSurvey> surveys = new ArrayList<>();

	private final JdbcClient jdbc;

	private final ZoneId zone;

	ReferenceKpis(JdbcClient jdbc, ZoneId zone, java.util.function.LongFunction<BusinessCalendar> calendars) {
		this.jdbc = jdbc;
		this.zone = zone;
		Map<Long, BusinessCalendar> known = new HashMap<>();
		jdbc.sql("""
				select c.id, c.kind, c.reference, c.team_id, c.assignee, c.channel, c.category_code, c.priority,
				  c.created_at, s.calendar_id, s.started_at, s.first_responded_at, s.first_response_due_at,
				  s.resolution_due_at, s.paused_business_minutes, s.paused_since,
				  coalesce(i.resolved_at, k.resolved_at, i.closed_at, k.closed_at) as done_at,
				  k.resolved_at as decided_at, k.proposed_outcome, k.root_cause, k.proposed_amount, k.proposed_currency,
				  k.reopened_at
				from case_file c
				left join sla_clock s on s.case_kind = c.kind and s.case_ref = c.reference
				left join inquiry i on i.id = c.id
				left join complaint k on k.id = c.id""").query(rs -> {
			RawCase raw = new RawCase();
			raw.id = rs.getLong("id");
			raw.kind = rs.getString("kind");
			raw.reference = rs.getString("reference");
			raw.team = (Long) rs.getObject("team_id");
			raw.agent = rs.getString("assignee");
			raw.channel = rs.getString("channel");
			raw.category = rs.getString("category_code");
			raw.priority = rs.getString("priority");
			raw.createdAt = instant(rs.getTimestamp("created_at"));
			Long calendarId = (Long) rs.getObject("calendar_id");
			raw.calendar = calendarId == null ? null : known.computeIfAbsent(calendarId, calendars::apply);
			raw.startedAt = instant(rs.getTimestamp("started_at"));
			raw.firstRespondedAt = instant(rs.getTimestamp("first_responded_at"));
			raw.firstResponseDueAt = instant(rs.getTimestamp("first_response_due_at"));
			raw.resolutionDueAt = instant(rs.getTimestamp("resolution_due_at"));
			raw.pausedMinutes = rs.getLong("paused_business_minutes");
			raw.pausedSince = instant(rs.getTimestamp("paused_since"));
			raw.doneAt = instant(rs.getTimestamp("done_at"));
			boolean decided = rs.getTimestamp("decided_at") != null;
			raw.outcome = decided ? rs.getString("proposed_outcome") : null;
			raw.rootCause = decided ? rs.getString("root_cause") : null;
			raw.amount = decided ? rs.getBigDecimal("proposed_amount") : null;
			raw.currency = decided ? rs.getString("proposed_currency") : null;
			raw.reopened = rs.getTimestamp("reopened_at") != null;
			cases.add(raw);
		});
		Map<Long, RawCase> byId = new HashMap<>();
		Map<String, RawCase> byReference = new HashMap<>();
		cases.forEach(raw -> {
			byId.put(raw.id, raw);
			byReference.put(raw.kind + raw.reference, raw);
		});
		jdbc.sql("select case_id, kind, detail from case_entry where kind in ('MESSAGE_OUT', 'STATUS_CHANGED')")
			.query(rs -> {
				RawCase raw = byId.get(rs.getLong("case_id"));
				if (raw == null) {
					return;
				}
				if (rs.getString("kind").equals("MESSAGE_OUT")) {
					raw.replies++;
				}
				else {
					String detail = Objects.requireNonNullElse(rs.getString("detail"), "");
					if (detail.equals("RESOLVED → OPEN") || detail.endsWith("→ REOPENED")) {
						raw.reopened = true;
					}
				}
			});
		// A survey counts as sent when its mail was delivered, or when the client
		// answered it
		jdbc.sql("""
				select case_kind, case_ref, coalesce(sent_at, answered_at) as sent_at, answered_at, rating
				from survey_invitation where coalesce(sent_at, answered_at) is not null""").query(rs -> {
			RawCase raw = byReference.get(rs.getString("case_kind") + rs.getString("case_ref"));
			if (raw != null) {
				surveys.add(new RawSurvey(raw, instant(rs.getTimestamp("sent_at")),
						instant(rs.getTimestamp("answered_at")), (Integer) rs.getObject("rating")));
			}
		});
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private LocalDate day(Instant at) {
		return at == null ? null : at.atZone(zone).toLocalDate();
	}

	private static boolean within(LocalDate day, ReportFilter filter) {
		return day != null && !day.isBefore(filter.from()) && !day.isAfter(filter.to());
	}

	Kpis kpis(ReportFilter filter) {
		Predicate<RawCase> selected = raw -> (filter.team() == null || filter.team().equals(raw.team))
				&& (filter.agent() == null || filter.agent().equals(raw.agent))
				&& (filter.channel() == null || filter.channel().equals(raw.channel))
				&& (filter.category() == null || filter.category().equals(raw.category))
				&& (filter.priority() == null || filter.priority().equals(raw.priority));
		Figures inquiries = figures(filter, selected.and(raw -> raw.kind.equals("INQUIRY")));
		Figures complaints = figures(filter, selected.and(raw -> raw.kind.equals("COMPLAINT")));
		Kpis.Inquiries inquiryKpis = new Kpis.Inquiries(inquiries.received, inquiries.resolved.size(),
				inquiries.backlog, percentile(inquiries.firstResponseMinutes, 0.5),
				percentile(inquiries.firstResponseMinutes, 0.9), percentile(inquiries.resolutionMinutes, 0.5),
				percentile(inquiries.resolutionMinutes, 0.9),
				Kpis.percent(inquiries.firstResponseMet, inquiries.firstResponseMinutes.size()),
				Kpis.percent(inquiries.resolved.stream().filter(raw -> raw.resolutionMet()).count(),
						inquiries.resolved.size()),
				Kpis.percent(inquiries.resolved.stream().filter(raw -> raw.reopened).count(),
						inquiries.resolved.size()),
				Kpis.percent(inquiries.resolved.stream().filter(raw -> !raw.reopened && raw.replies == 1).count(),
						inquiries.resolved.size()));
		Map<String, Long> outcomes = new LinkedHashMap<>();
		outcomes.put("UPHELD", 0L);
		outcomes.put("PARTIALLY_UPHELD", 0L);
		outcomes.put("REJECTED", 0L);
		Map<String, BigDecimal> amounts = new TreeMap<>();
		Map<String, Long> remedied = new HashMap<>();
		Map<String, Long> causes = new HashMap<>();
		long seconds = 0;
		for (RawCase raw : complaints.resolved) {
			seconds += java.time.Duration.between(raw.createdAt, raw.doneAt).toSeconds();
			if (raw.outcome != null) {
				outcomes.merge(raw.outcome, 1L, Long::sum);
			}
			if (raw.rootCause != null) {
				causes.merge(raw.rootCause, 1L, Long::sum);
			}
			if (raw.amount != null && raw.currency != null) {
				amounts.merge(raw.currency, raw.amount, BigDecimal::add);
				remedied.merge(raw.currency, 1L, Long::sum);
			}
		}
		Kpis.Complaints complaintKpis = new Kpis.Complaints(complaints.received, complaints.resolved.size(),
				complaints.backlog, Kpis.percent(complaints.firstResponseMet, complaints.firstResponseMinutes.size()),
				Kpis.percent(complaints.resolved.stream().filter(raw -> raw.resolutionMet()).count(),
						complaints.resolved.size()),
				Kpis.ratio(seconds / 86_400.0, complaints.resolved.size(), 1), outcomes,
				amounts.entrySet()
					.stream()
					.map(entry -> new Kpis.Remedy(entry.getKey(), entry.getValue(), remedied.get(entry.getKey())))
					.toList(),
				causes.entrySet()
					.stream()
					.sorted(Map.Entry.<String, Long>comparingByValue()
						.reversed()
						.thenComparing(Map.Entry.comparingByKey()))
					.limit(10)
					.map(entry -> new Kpis.RootCause(entry.getKey(), entry.getValue()))
					.toList());
		long sent = 0;
		long sentAnswered = 0;
		long responses = 0;
		long ratings = 0;
		long satisfied = 0;
		for (RawSurvey survey : surveys) {
			if (!selected.test(survey.raw)) {
				continue;
			}
			if (within(day(survey.sentAt), filter)) {
				sent++;
				if (survey.answeredAt != null) {
					sentAnswered++;
				}
			}
			if (survey.answeredAt != null && within(day(survey.answeredAt), filter)) {
				responses++;
				ratings += survey.rating;
				if (survey.rating >= 4) {
					satisfied++;
				}
			}
		}
		Kpis.Csat csat = new Kpis.Csat(sent, responses, Kpis.percent(sentAnswered, sent),
				Kpis.ratio(ratings, responses, 2), Kpis.percent(satisfied, responses));
		return new Kpis(filter.from(), filter.to(), inquiryKpis, complaintKpis, csat, clients(filter));
	}

	private Figures figures(ReportFilter filter, Predicate<RawCase> selected) {
		Figures figures = new Figures();
		for (RawCase raw : cases) {
			if (!selected.test(raw)) {
				continue;
			}
			LocalDate created = day(raw.createdAt);
			LocalDate done = day(raw.doneAt);
			if (within(created, filter)) {
				figures.received++;
			}
			if (!created.isAfter(filter.to()) && (done == null || done.isAfter(filter.to()))) {
				figures.backlog++;
			}
			if (raw.calendar != null && raw.firstRespondedAt != null && within(day(raw.firstRespondedAt), filter)) {
				figures.firstResponseMinutes
					.add(raw.calendar.businessMinutesBetween(raw.startedAt, raw.firstRespondedAt));
				if (!raw.firstRespondedAt.isAfter(raw.firstResponseDueAt)) {
					figures.firstResponseMet++;
				}
			}
			if (within(done, filter)) {
				figures.resolved.add(raw);
				if (raw.calendar != null) {
					long paused = raw.pausedMinutes + (raw.pausedSince != null && raw.pausedSince.isBefore(raw.doneAt)
							? raw.calendar.businessMinutesBetween(raw.pausedSince, raw.doneAt) : 0);
					figures.resolutionMinutes
						.add(Math.max(0, raw.calendar.businessMinutesBetween(raw.startedAt, raw.doneAt) - paused));
				}
			}
		}
		return figures;
	}

	/**
	 * The nearest-rank percentile, reported as the upper edge of its histogram bucket.
	 */
	private static Long percentile(List<Long> values, double share) {
		if (values.isEmpty()) {
			return null;
		}
		List<Long> sorted = values.stream().sorted().toList();
		long value = sorted.get((int) Math.max(0, Math.ceil(share * sorted.size()) - 1));
		int bucket = Histogram.bucketOf(value);
		return bucket < Histogram.EDGES.length ? Histogram.EDGES[bucket] : Histogram.EDGES[Histogram.EDGES.length - 1];
	}

	private Kpis.Clients clients(ReportFilter filter) {
		long newClients = jdbc.sql("select created_at from client")
			.query(Timestamp.class)
			.list()
			.stream()
			.filter(at -> within(day(at.toInstant()), filter))
			.count();
		long[] accounts = new long[2];
		Map<Long, boolean[]> retention = new HashMap<>();
		jdbc.sql("select client_id, status, opened_on, closed_on from account").query(rs -> {
			LocalDate opened = rs.getObject("opened_on", LocalDate.class);
			LocalDate closed = rs.getObject("closed_on", LocalDate.class);
			boolean pending = rs.getString("status").equals("PENDING");
			if (!pending && within(opened, filter)) {
				accounts[0]++;
			}
			if (within(closed, filter)) {
				accounts[1]++;
			}
			if (!pending && opened.isBefore(filter.from()) && (closed == null || !closed.isBefore(filter.from()))) {
				boolean[] state = retention.computeIfAbsent(rs.getLong("client_id"), id -> new boolean[1]);
				state[0] |= closed == null || closed.isAfter(filter.to());
			}
		});
		long[] orders = new long[3];
		LocalDate today = LocalDate.now(zone);
		jdbc.sql("select status, created_at, promised_delivery_date, delivered_at, delay_declared from client_order")
			.query(rs -> {
				if (!within(day(rs.getTimestamp("created_at").toInstant()), filter)) {
					return;
				}
				orders[0]++;
				String status = rs.getString("status");
				LocalDate promised = rs.getObject("promised_delivery_date", LocalDate.class);
				Timestamp delivered = rs.getTimestamp("delivered_at");
				boolean open = List.of("RECEIVED", "CONFIRMED", "IN_FULFILLMENT", "SHIPPED").contains(status);
				if (rs.getBoolean("delay_declared")
						|| (delivered != null && promised != null && day(delivered.toInstant()).isAfter(promised))
						|| (open && promised != null && promised.isBefore(today))) {
					orders[1]++;
				}
				if (status.equals("RETURN_REQUESTED") || status.equals("RETURNED")) {
					orders[2]++;
				}
			});
		long kept = retention.values().stream().filter(state -> state[0]).count();
		return new Kpis.Clients(newClients, accounts[0], accounts[1], Kpis.percent(kept, retention.size()), orders[0],
				Kpis.percent(orders[1], orders[0]), Kpis.percent(orders[2], orders[0]));
	}

	private static final class Figures {

		long received;

		long backlog;

		final List<RawCase> resolved = new ArrayList<>();

		final List<Long> firstResponseMinutes = new ArrayList<>();

		long firstResponseMet;

		final List<Long> resolutionMinutes = new ArrayList<>();

	}

	private static final class RawCase {

		long id;

		String kind;

		String reference;

		Long team;

		String agent;

		String channel;

		String category;

		String priority;

		Instant createdAt;

		BusinessCalendar calendar;

		Instant startedAt;

		Instant firstRespondedAt;

		Instant firstResponseDueAt;

		Instant resolutionDueAt;

		long pausedMinutes;

		Instant pausedSince;

		Instant doneAt;

		String outcome;

		String rootCause;

		BigDecimal amount;

		String currency;

		boolean reopened;

		int replies;

		boolean resolutionMet() {
			return resolutionDueAt != null && !doneAt.isAfter(resolutionDueAt);
		}

	}

	private record RawSurvey(RawCase raw, Instant sentAt, Instant answeredAt, Integer rating) {
	}

}
