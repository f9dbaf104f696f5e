package io.servicedesk.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.servicedesk.sla.BusinessCalendar;
import io.servicedesk.sla.BusinessHoursAdministration;
import io.servicedesk.sla.BusinessHoursDetails;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases written straight into the case, SLA clock, case entry and survey tables, the way
 * a bulk load writes them (no events): the SLA due instants are computed on the policy's
 * business calendar like the clock computes them.
 */
final class ReportCases {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000);

	private final JdbcClient jdbc;

	private final BusinessHoursAdministration businessHours;

	private final long clientId;

	ReportCases(JdbcClient jdbc, BusinessHoursAdministration businessHours) {
		this.jdbc = jdbc;
		this.businessHours = businessHours;
		this.clientId = jdbc.sql("select min(id) from client").query(Long.class).single();
	}

	long team(String prefix) {
		String name = prefix + " " + unique();
		jdbc.sql("insert into team (name) values (:name)").param("name", name).update();
		return jdbc.sql("select id from team where name = :name").param("name", name).query(Long.class).single();
	}

	String teamName(long id) {
		return jdbc.sql("select name from team where id = :id").param("id", id).query(String.class).single();
	}

	static String unique() {
		return Long.toString(SEQUENCE.incrementAndGet(), 36) + Long.toString(System.nanoTime() % 1296, 36);
	}

	Case inquiry(Instant createdAt) {
		return new Case("INQUIRY", createdAt);
	}

	Case complaint(Instant createdAt) {
		return new Case("COMPLAINT", createdAt);
	}

	BusinessCalendar calendar(long calendarId) {
		BusinessHoursDetails details = businessHours.get(calendarId);
		return new BusinessCalendar(details.zone(), details.weeklyHours(), details.holidays());
	}

	/** One case to be written; set what it went through, then {@link #insert()}. */
	final class Case {

		final String kind;

		final Instant createdAt;

		Long team;

		String agent;

		String channel = "EMAIL";

		String category;

		String priority = "NORMAL";

		Instant firstResponseAt;

		int replies = -1;

		Instant resolvedAt;

		Instant closedAt;

		long pausedMinutes;

		Instant pausedSince;

		boolean reopened;

		String outcome;

		String rootCause;

		BigDecimal amount;

		String currency;

		final List<Object[]> surveys = new ArrayList<>();

		String reference;

		long id;

		Case(String kind, Instant createdAt) {
			this.kind = kind;
			this.createdAt = createdAt;
		}

		Case team(Long value) {
			team = value;
			return this;
		}

		Case agent(String value) {
			agent = value;
			return this;
		}

		Case channel(String value) {
			channel = value;
			return this;
		}

		Case category(String value) {
			category = value;
			return this;
		}

		Case priority(String value) {
			priority = value;
			return this;
		}

		Case firstResponse(Instant at) {
			firstResponseAt = at;
			return this;
		}

		Case replies(int count) {
			replies = count;
			return this;
		}

		Case resolved(Instant at) {
			resolvedAt = at;
			return this;
		}

		Case closedWithoutResolution(Instant at) {
			closedAt = at;
			return this;
		}

		Case paused(long businessMinutes) {
			pausedMinutes = businessMinutes;
			return this;
		}

		Case pausedSince(Instant at) {
			pausedSince = at;
			return this;
		}

		Case reopened() {
			reopened = true;
			return this;
		}

		Case decided(String decidedOutcome, String cause, BigDecimal remedy, String remedyCurrency) {
			outcome = decidedOutcome;
			rootCause = cause;
			amount = remedy;
			currency = remedy == null ? null : remedyCurrency;
			return this;
		}

		Case survey(Instant sentAt, Integer rating, Instant answeredAt) {
			surveys.add(new Object[] { sentAt, rating, answeredAt, true });
			return this;
		}

		/** An invitation created then whose mail never reached the client. */
		Case undeliveredSurvey(Instant createdAt) {
			surveys.add(new Object[] { createdAt, null, null, false });
			return this;
		}

		Case insert() {
			reference = (kind.equals("INQUIRY") ? "INQ-T" : "CMP-T") + unique().toUpperCase();
			boolean resolved = resolvedAt != null;
			String status = kind.equals("INQUIRY") ? (resolved ? "RESOLVED" : closedAt != null ? "CLOSED" : "OPEN")
					: (resolved ? "RESOLVED" : closedAt != null ? "CLOSED" : "INVESTIGATING");
			jdbc.sql("""
					insert into case_file (kind, reference, status, active, priority, category_code, channel, subject,
					  client_id, team_id, assignee, last_activity_at, created_by, updated_by, created_at, updated_at)
					values (:kind, :reference, :status, :active, :priority, :category, :channel, 'Report test', :client,
					  :team, :agent, :created, 'agent', 'agent', :created, now())""")
				.param("kind", kind)
				.param("reference", reference)
				.param("status", status)
				.param("active", !resolved && closedAt == null)
				.param("priority", priority)
				.param("category", category)
				.param("channel", channel)
				.param("client", clientId)
				.param("team", team)
				.param("agent", agent)
				.param("created", Timestamp.from(createdAt))
				.update();
			id = jdbc.sql("select id from case_file where reference = :reference")
				.param("reference", reference)
				.query(Long.class)
				.single();
			if (kind.equals("INQUIRY")) {
				jdbc.sql("insert into inquiry (id, resolved_at, closed_at) values (:id, :resolved, :closed)")
					.param("id", id)
					.param("resolved", timestamp(resolvedAt))
					.param("closed", timestamp(closedAt))
					.update();
			}
			else {
				jdbc.sql("""
						insert into complaint (id, severity, acknowledged_at, proposed_outcome, proposed_remedy,
						  proposed_amount, proposed_currency, root_cause, resolved_at, closed_at)
						values (:id, 'MINOR', :acknowledged, :outcome, :remedy, :amount, :currency, :cause, :resolved,
						  :closed)""")
					.param("id", id)
					.param("acknowledged", timestamp(firstResponseAt))
					.param("outcome", outcome)
					.param("remedy", outcome == null ? null : amount == null ? "APOLOGY" : "REFUND")
					.param("amount", amount)
					.param("currency", currency)
					.param("cause", rootCause)
					.param("resolved", timestamp(resolvedAt))
					.param("closed", timestamp(closedAt))
					.update();
			}
			entry("OPENED", null, createdAt);
			int publicReplies = replies >= 0 ? replies : (firstResponseAt != null ? 1 : 0);
			for (int i = 0; i < publicReplies; i++) {
				entry("MESSAGE_OUT", null, (firstResponseAt != null ? firstResponseAt : createdAt).plusSeconds(i));
			}
			if (reopened) {
				entry("STATUS_CHANGED", kind.equals("INQUIRY") ? "RESOLVED → OPEN" : "RESOLVED → REOPENED",
						createdAt.plusSeconds(5));
			}
			if (resolvedAt != null) {
				entry("STATUS_CHANGED", "OPEN → RESOLVED", resolvedAt);
			}
			Map<String, Object> policy = jdbc.sql("""
					select id, calendar_id, first_response_minutes, resolution_minutes from sla_policy
					where case_kind = :kind and priority = :priority and active""")
				.param("kind", kind)
				.param("priority", priority)
				.query()
				.singleRow();
			long calendarId = ((Number) policy.get("calendar_id")).longValue();
			BusinessCalendar calendar = calendar(calendarId);
			int firstTarget = ((Number) policy.get("first_response_minutes")).intValue();
			int resolutionTarget = ((Number) policy.get("resolution_minutes")).intValue();
			Instant firstDue = calendar.dueAt(createdAt, firstTarget);
			Instant resolutionDue = calendar.dueAt(createdAt, resolutionTarget + pausedMinutes);
			jdbc.sql("""
					insert into sla_clock (case_kind, case_ref, priority, policy_id, calendar_id, at_risk_percent,
					  first_response_target_minutes, resolution_target_minutes, started_at, first_response_due_at,
					  first_response_at_risk_at, first_responded_at, resolution_due_at, resolution_at_risk_at,
					  resolved_at, paused_since, paused_business_minutes)
					values (:kind, :reference, :priority, :policy, :calendar, 80, :firstTarget, :resolutionTarget,
					  :created, :firstDue, :firstDue, :firstResponse, :resolutionDue, :resolutionDue, :resolved,
					  :pausedSince, :paused)""")
				.param("kind", kind)
				.param("reference", reference)
				.param("priority", priority)
				.param("policy", ((Number) policy.get("id")).longValue())
				.param("calendar", calendarId)
				.param("firstTarget", firstTarget)
				.param("resolutionTarget", resolutionTarget)
				.param("created", Timestamp.from(createdAt))
				.param("firstDue", Timestamp.from(firstDue))
				.param("firstResponse", timestamp(firstResponseAt))
				.param("resolutionDue", Timestamp.from(resolutionDue))
				.param("resolved", timestamp(resolvedAt))
				.param("pausedSince", timestamp(pausedSince))
				.param("paused", pausedMinutes)
				.update();
			for (Object[] survey : surveys) {
				jdbc.sql("""
						insert into survey_invitation (token, case_kind, case_ref, client_id, language, created_at,
						  updated_at, sent_at, expires_at, answered_at, rating)
						values (:token, :kind, :reference, :client, 'pl', :created, now(), :sent, :expires, :answered,
						  :rating)""")
					.param("token", "t-" + unique() + "-" + System.nanoTime())
					.param("kind", kind)
					.param("reference", reference)
					.param("client", clientId)
					.param("created", Timestamp.from((Instant) survey[0]))
					.param("sent", Boolean.TRUE.equals(survey[3]) ? Timestamp.from((Instant) survey[0]) : null)
					.param("expires", Timestamp.from(((Instant) survey[0]).plusSeconds(14 * 86_400)))
					.param("answered", timestamp((Instant) survey[2]))
					.param("rating", survey[1])
					.update();
			}
			return this;
		}

		private void entry(String entryKind, String detail, Instant at) {
			jdbc.sql("""
					insert into case_entry (case_id, kind, detail, actor, occurred_at)
					values (:id, :kind, :detail, 'agent', :at)""")
				.param("id", id)
				.param("kind", entryKind)
				.param("detail", detail)
				.param("at", Timestamp.from(at))
				.update();
		}

	}

	private static Timestamp timestamp(Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

}
