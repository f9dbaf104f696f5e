package io.servicedesk.complaint.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import io.servicedesk.casework.CaseSla;
import io.servicedesk.casework.demo.DemoCase;
import io.servicedesk.casework.demo.DemoCases;
import io.servicedesk.complaint.ResolutionDeadline;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.shared.Priority;
import io.servicedesk.sla.SlaClocks;
import io.servicedesk.sla.SlaView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static io.servicedesk.casework.demo.DemoCases.later;
import static io.servicedesk.casework.demo.DemoCases.pick;
import static io.servicedesk.casework.demo.DemoCases.timestamp;

/**
 * A few hundred complaints of the last 60 days in every state for the quick start: new
 * ones not yet acknowledged (some past their acknowledgement target), complaints under
 * investigation, forwarded ones whose department answer is overdue, proposed resolutions
 * waiting for a supervisor, resolved, closed and reopened ones. The case rows, complaint
 * rows and timelines are written in bulk; each SLA clock is started and stepped on the
 * complaint policy's business calendar at the historical instants. What the client wrote
 * and was sent (the complaint, the acknowledgement with its deadline, the decision, a
 * dispute) is in the client's preferred language. Generated from a fixed seed, once,
 * after the demo inquiries, only with demo data on.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 4)
class DemoComplaints implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoComplaints.class);

	static final int COMPLAINTS = 320;

	private static final int TOPICS = 5;

	private static final String[] STATES = { "RECEIVED", "ACKNOWLEDGED", "INVESTIGATING", "FORWARDED",
			"RESOLUTION_PROPOSED", "RESOLVED", "CLOSED", "REOPENED" };

	private static final int[] WEIGHTS = { 30, 20, 45, 45, 35, 30, 100, 15 };

	private final JdbcTemplate jdbc;

	private final DemoCases cases;

	private final SlaClocks clocks;

	private final MessageSource messages;

	private final Clock clock;

	private final boolean enabled;

	DemoComplaints(JdbcTemplate jdbc, DemoCases cases, SlaClocks clocks, MessageSource messages, Clock clock,
			@Value("${servicedesk.demo-data.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.clocks = clocks;
		this.messages = messages;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		Boolean policies = jdbc.queryForObject(
				"select exists (select 1 from sla_policy where case_kind = 'COMPLAINT' and active)", Boolean.class);
		if (!Boolean.TRUE.equals(policies)) {
			return;
		}
		long started = System.nanoTime();
		if (cases.seedOnce(CaseKind.COMPLAINT, clientIds -> seed(new Random(20_261_123L), clientIds))) {
			log.info("Demo complaints created: {} in every state, in {} ms", COMPLAINTS,
					Duration.ofNanos(System.nanoTime() - started).toMillis());
		}
	}

	private void seed(Random random, List<Long> clientIds) {
		Instant now = clock.instant();
		Map<Long, String[]> clientFacts = new HashMap<>();
		jdbc.query("select id, preferred_language, name from client", rs -> {
			clientFacts.put(rs.getLong(1), new String[] { rs.getString(2), rs.getString(3) });
		});
		Map<String, Long> teams = new HashMap<>();
		jdbc.query("select id, name from team where not archived", rs -> {
			teams.put(rs.getString(2), rs.getLong(1));
		});
		Map<Long, List<String>> agents = new HashMap<>();
		jdbc.query("select team_id, username from staff where active and team_id is not null and role = 'AGENT' "
				+ "order by username", rs -> {
					agents.computeIfAbsent(rs.getLong(1), team -> new ArrayList<>()).add(rs.getString(2));
				});
		List<String> supervisors = jdbc.queryForList(
				"select username from staff where active and role = 'SUPERVISOR' order by username", String.class);
		List<Long> numbers = jdbc.queryForList("select nextval('complaint_number_seq') from generate_series(1, ?)",
				Long.class, COMPLAINTS);
		Long complaintsDesk = teams.getOrDefault("Complaints Desk", teams.values().stream().findFirst().orElse(null));
		List<String> departments = List.of("Logistics", "Billing", "Accounts");

		List<Demo> demos = new ArrayList<>();
		int total = 0;
		for (int weight : WEIGHTS) {
			total += weight;
		}
		for (int i = 0; i < COMPLAINTS; i++) {
			int pick = random.nextInt(total);
			String state = STATES[STATES.length - 1];
			for (int s = 0; s < STATES.length; s++) {
				pick -= WEIGHTS[s];
				if (pick < 0) {
					state = STATES[s];
					break;
				}
			}
			boolean recent = state.equals("RECEIVED") || state.equals("ACKNOWLEDGED");
			Instant created = recent ? now.minus(Duration.ofMinutes(30 + random.nextInt(4 * 24 * 60)))
					: now.minus(Duration.ofMinutes(3 * 24 * 60 + random.nextInt(57 * 24 * 60)));
			long clientId = clientIds.get(random.nextInt(clientIds.size()));
			String[] facts = clientFacts.getOrDefault(clientId, new String[] { "en", "" });
			ComplaintTexts.Language texts = ComplaintTexts.of(facts[0]);
			ComplaintTexts.Topic topic = texts.topics().get(random.nextInt(TOPICS));
			String severity = random.nextInt(10) == 0 ? "CRITICAL" : random.nextInt(3) == 0 ? "MAJOR" : "MINOR";
			Priority priority = severity.equals("CRITICAL") ? Priority.URGENT
					: severity.equals("MAJOR") ? Priority.HIGH : Priority.NORMAL;
			List<String> deskAgents = complaintsDesk == null ? List.of()
					: agents.getOrDefault(complaintsDesk, List.of());
			String assignee = deskAgents.isEmpty() || (state.equals("RECEIVED") && random.nextBoolean()) ? null
					: deskAgents.get(random.nextInt(deskAgents.size()));
			String actor = assignee == null ? "agent" : assignee;
			String channel = pick(random, "PHONE", "EMAIL", "EMAIL", "WEB_FORM", "IN_PERSON");
			Demo d = new Demo("CMP-%06d".formatted(numbers.get(i)), state, priority, severity, topic.category(),
					channel, topic.subject(), clientId, complaintsDesk, assignee, created, facts);
			d.amountClaimed = topic.category().equals("service-quality") || random.nextInt(4) == 0 ? null
					: 10 + random.nextInt(190) + ".00";
			d.entry("OPENED", channel, topic.complaint(), null, actor, created);
			Instant at = created;
			if (!state.equals("RECEIVED")) {
				at = later(random, at, now, 30, recent ? 6 * 60 : 30 * 60);
				d.acknowledgedAt = at;
				d.acknowledgement = d.entry("MESSAGE_OUT", "EMAIL", null, null, actor, at);
				d.entry("STATUS_CHANGED", null, null, "RECEIVED → ACKNOWLEDGED", actor, at);
			}
			if (!recent) {
				at = later(random, at, now, 10, 24 * 60);
				d.entry("STATUS_CHANGED", null, null, "ACKNOWLEDGED → INVESTIGATING", actor, at);
				String department = departments.get(random.nextInt(departments.size()));
				Long departmentId = teams.get(department);
				boolean forwardedNow = state.equals("FORWARDED");
				if (departmentId != null && (forwardedNow || random.nextBoolean())) {
					at = later(random, at, now, 30, 24 * 60);
					Instant due = at.plus(Duration.ofDays(2 + random.nextInt(4)));
					if (forwardedNow && random.nextBoolean()) {
						due = now.minus(Duration.ofHours(2 + random.nextInt(72)));
					}
					d.forwardedTeamId = departmentId;
					d.forwardQuestion = "What happened on your side with this " + topic.category().replace('-', ' ')
							+ "?";
					d.entry("NOTE", null, d.forwardQuestion, "forwarded:" + department + ":" + due, actor, at);
					d.entry("STATUS_CHANGED", null, null, "INVESTIGATING → FORWARDED", actor, at);
					if (forwardedNow) {
						d.answerDueAt = due;
					}
					else {
						at = later(random, at, now, 60, 2 * 24 * 60);
						List<String> departmentAgents = agents.getOrDefault(departmentId, List.of(actor));
						String answeredBy = departmentAgents.get(random.nextInt(departmentAgents.size()));
						d.entry("NOTE", null,
								pick(random, "The carrier confirmed a delay at the depot.",
										"Our records show the charge was taken twice by mistake.",
										"The item left the warehouse undamaged; the carrier damaged it.",
										"We found no error on our side."),
								"finding:" + department, answeredBy, at);
						d.entry("STATUS_CHANGED", null, null, "FORWARDED → INVESTIGATING", answeredBy, at);
					}
				}
				if (List.of("RESOLUTION_PROPOSED", "RESOLVED", "CLOSED", "REOPENED").contains(state)) {
					at = later(random, at, now, 60, 3 * 24 * 60);
					d.outcome = pick(random, "UPHELD", "UPHELD", "PARTIALLY_UPHELD", "PARTIALLY_UPHELD", "REJECTED");
					d.remedy = d.outcome.equals("REJECTED") ? "APOLOGY"
							: d.amountClaimed != null ? pick(random, "REFUND", "COMPENSATION") : "REPLACEMENT";
					d.proposedAmount = d.remedy.equals("REFUND") || d.remedy.equals("COMPENSATION")
							? (d.outcome.equals("UPHELD") ? d.amountClaimed : half(d.amountClaimed)) : null;
					d.message = decision(d, texts.decisions());
					d.proposedBy = actor;
					d.proposedAt = at;
					d.entry("NOTE", null, d.message, "proposal:" + d.outcome + ", " + d.remedy
							+ (d.proposedAmount == null ? "" : ", " + d.proposedAmount + " EUR"), actor, at);
					d.entry("STATUS_CHANGED", null, null, "INVESTIGATING → RESOLUTION_PROPOSED", actor, at);
					if (!state.equals("RESOLUTION_PROPOSED")) {
						at = later(random, at, now, 30, 2 * 24 * 60);
						String reviewer = supervisors.isEmpty() ? "supervisor"
								: supervisors.get(random.nextInt(supervisors.size()));
						d.reviewedBy = reviewer;
						d.resolvedAt = at;
						d.entry("MESSAGE_OUT", "EMAIL", d.message, null, reviewer, at);
						d.entry("STATUS_CHANGED", null, null, "RESOLUTION_PROPOSED → RESOLVED", reviewer, at);
					}
					if (state.equals("CLOSED") || state.equals("REOPENED")) {
						at = later(random, at, now, 60, 5 * 24 * 60);
						d.closedAt = at;
						d.entry("STATUS_CHANGED", null, null, "RESOLVED → CLOSED", actor, at);
					}
					if (state.equals("REOPENED")) {
						at = later(random, at, now, 60, 3 * 24 * 60);
						d.reopenReason = texts.decisions().dispute();
						d.entry("MESSAGE_IN", "EMAIL", d.reopenReason, "reopened", actor, at);
						d.entry("STATUS_CHANGED", null, null, "CLOSED → REOPENED", actor, at);
						d.reopenedAt = at;
						d.firstResolvedAt = d.resolvedAt;
						d.resolvedAt = null;
						d.closedAt = null;
					}
				}
				else if (state.equals("INVESTIGATING") && random.nextInt(4) == 0) {
					String reviewer = supervisors.isEmpty() ? "supervisor" : supervisors.get(0);
					at = later(random, at, now, 60, 24 * 60);
					d.entry("NOTE", null, "Please check the delivery records before deciding.", "sent-back", reviewer,
							at);
				}
			}
			d.lastActivityAt = at;
			demos.add(d);
		}
		List<Object[]> mirrors = stepClocks(demos);
		insert(demos);
		jdbc.batchUpdate(
				"update case_file set sla_due_at = ?, sla_state = ? where kind = 'COMPLAINT' and reference = ?",
				mirrors);
	}

	/**
	 * The acknowledgement the desk sent, in the client's language, with the deadline of
	 * the complaint's clock on its calendar.
	 */
	private String acknowledgement(Demo d, Instant due, ZoneId zone) {
		Locale locale = Locale.forLanguageTag(d.facts[0] == null ? "en" : d.facts[0]);
		return messages.getMessage("complaint.acknowledgement.template",
				new Object[] { messages.getMessage("client.salutation.PERSON", new Object[] { d.facts[1] }, locale),
						d.reference, new ResolutionDeadline(due, zone).format(locale), d.actor() },
				locale);
	}

	private static String decision(Demo d, ComplaintTexts.Decisions texts) {
		String amount = d.proposedAmount == null ? null : d.proposedAmount + " EUR";
		return switch (d.outcome) {
			case "UPHELD" -> amount == null ? texts.upheldReplacement() : texts.upheldRefund().formatted(amount);
			case "PARTIALLY_UPHELD" ->
				amount == null ? texts.partialReplacement() : texts.partialRefund().formatted(amount);
			default -> texts.rejected();
		};
	}

	private static String half(String amount) {
		return amount == null ? null
				: new java.math.BigDecimal(amount).divide(java.math.BigDecimal.valueOf(2))
					.setScale(2, java.math.RoundingMode.HALF_UP)
					.toPlainString();
	}

	private void insert(List<Demo> demos) {
		Map<String, Long> ids = cases.insert(CaseKind.COMPLAINT, demos);
		List<Object[]> details = new ArrayList<>();
		for (Demo d : demos) {
			details.add(new Object[] { ids.get(d.reference), d.severity, decimal(d.amountClaimed),
					d.amountClaimed == null ? null : "EUR", timestamp(d.acknowledgedAt), d.forwardedTeamId,
					d.forwardQuestion, timestamp(d.answerDueAt), d.outcome, d.remedy, decimal(d.proposedAmount),
					d.proposedAmount == null ? null : "EUR", d.outcome == null ? null : d.category, d.message,
					d.proposedBy, timestamp(d.proposedAt), d.reviewedBy, timestamp(d.resolvedAt), timestamp(d.closedAt),
					d.reopenReason, timestamp(d.reopenedAt) });
		}
		jdbc.batchUpdate(
				"""
						insert into complaint (id, severity, amount_claimed, claimed_currency, acknowledged_at, forwarded_team_id,
						  forward_question, answer_due_at, proposed_outcome, proposed_remedy, proposed_amount, proposed_currency,
						  root_cause, resolution_message, proposed_by, proposed_at, reviewed_by, resolved_at, closed_at,
						  reopen_reason, reopened_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				details);
		cases.indexSearchText(CaseKind.COMPLAINT);
	}

	/**
	 * Each complaint's SLA clock, started and stepped at the historical instants on the
	 * complaint policy's calendar (the breach job announces what has fallen due since, as
	 * it would have); the acknowledgement states the deadline of the started clock.
	 * Returns the nearest due instant and state of each, for the case rows.
	 */
	private List<Object[]> stepClocks(List<Demo> demos) {
		Map<String, ZoneId> zones = new HashMap<>();
		jdbc.query("select p.priority, b.time_zone from sla_policy p join business_calendar b on b.id = p.calendar_id "
				+ "where p.case_kind = 'COMPLAINT' and p.active", rs -> {
					zones.put(rs.getString(1), ZoneId.of(rs.getString(2)));
				});
		List<Object[]> mirrors = new ArrayList<>();
		for (Demo d : demos) {
			SlaView view = clocks.start(CaseKind.COMPLAINT, d.reference, d.priority, d.created);
			if (d.acknowledgement != null) {
				d.acknowledgement.body(acknowledgement(d, view.resolutionDueAt(),
						zones.getOrDefault(d.priority.name(), ZoneOffset.UTC)));
			}
			if (d.acknowledgedAt != null) {
				view = clocks.recordFirstResponse(CaseKind.COMPLAINT, d.reference, d.acknowledgedAt);
			}
			Instant everResolved = d.reopenedAt != null ? d.firstResolvedAt : d.resolvedAt;
			if (everResolved != null) {
				view = clocks.resolve(CaseKind.COMPLAINT, d.reference, everResolved);
			}
			if (d.reopenedAt != null) {
				view = clocks.reopen(CaseKind.COMPLAINT, d.reference, d.reopenedAt);
			}
			mirrors.add(new Object[] { timestamp(CaseSla.nearestDue(view)), view.state().name(), d.reference });
		}
		return mirrors;
	}

	private static java.math.BigDecimal decimal(String amount) {
		return amount == null ? null : new java.math.BigDecimal(amount);
	}

	private static final class Demo extends DemoCase {

		final String severity;

		/** The client's preferred language and name. */
		final String[] facts;

		DemoCase.Entry acknowledgement;

		String amountClaimed;

		Instant acknowledgedAt;

		Long forwardedTeamId;

		String forwardQuestion;

		Instant answerDueAt;

		String outcome;

		String remedy;

		String proposedAmount;

		String message;

		String proposedBy;

		Instant proposedAt;

		String reviewedBy;

		Instant resolvedAt;

		Instant closedAt;

		String reopenReason;

		Instant reopenedAt;

		Instant firstResolvedAt;

		Demo(String reference, String status, Priority priority, String severity, String category, String channel,
				String subject, long clientId, Long teamId, String assignee, Instant created, String[] facts) {
			super(reference, status, priority, category, channel, subject, clientId, teamId, assignee, created);
			this.severity = severity;
			this.facts = facts;
		}

	}

}
