package io.servicedesk.complaint.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import io.servicedesk.casework.CaseSla;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.sla.Priority;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A few hundred complaints of the last 60 days in every state for the quick start: new
 * ones not yet acknowledged (some past their acknowledgement target), complaints under
 * investigation, forwarded ones whose department answer is overdue, proposed resolutions
 * waiting for a supervisor, resolved, closed and reopened ones. The case rows, complaint
 * rows and timelines are written in bulk; each SLA clock is started and stepped on the
 * complaint policy's business calendar at the historical instants. Generated from a fixed
 * seed, once, after the demo inquiries, only with demo data on.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 4)
class DemoComplaints implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoComplaints.class);

	static final int COMPLAINTS = 320;

	private static final String[][] TOPICS = {
			{ "late-delivery", "Parcel arrived a week late",
					"My order was promised for Monday and came the following week." },
			{ "damaged-goods", "Goods arrived damaged", "The box was crushed and the kettle inside is cracked." },
			{ "incorrect-invoice", "Invoice charged twice", "I was charged twice for the same invoice this month." },
			{ "unauthorised-charge", "Charge I did not authorise",
					"There is a charge on my account I never agreed to." },
			{ "service-quality", "Rude treatment on the phone",
					"The person on the phone was rude and hung up on me." } };

	private static final String[] STATES = { "RECEIVED", "ACKNOWLEDGED", "INVESTIGATING", "FORWARDED",
			"RESOLUTION_PROPOSED", "RESOLVED", "CLOSED", "REOPENED" };

	private static final int[] WEIGHTS = { 30, 20, 45, 45, 35, 30, 100, 15 };

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final SlaClocks clocks;

	private final MessageSource messages;

	private final Clock clock;

	private final boolean enabled;

	DemoComplaints(JdbcTemplate jdbc, TransactionTemplate transaction, SlaClocks clocks, MessageSource messages,
			Clock clock, @Value("${servicedesk.demo-data.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.transaction = transaction;
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
		transaction.executeWithoutResult(status -> {
			jdbc.execute("lock table case_file in share row exclusive mode");
			Boolean empty = jdbc.queryForObject("select not exists (select 1 from case_file where kind = 'COMPLAINT')",
					Boolean.class);
			List<Long> clientIds = jdbc.queryForList("select id from client where erased_at is null order by id",
					Long.class);
			Boolean policies = jdbc.queryForObject(
					"select exists (select 1 from sla_policy where case_kind = 'COMPLAINT' and active)", Boolean.class);
			if (Boolean.TRUE.equals(empty) && Boolean.TRUE.equals(policies) && !clientIds.isEmpty()) {
				long started = System.nanoTime();
				seed(new Random(20_261_123L), clientIds);
				log.info("Demo complaints created: {} in every state, in {} ms", COMPLAINTS,
						Duration.ofNanos(System.nanoTime() - started).toMillis());
			}
		});
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
			String[] topic = TOPICS[random.nextInt(TOPICS.length)];
			String severity = random.nextInt(10) == 0 ? "CRITICAL" : random.nextInt(3) == 0 ? "MAJOR" : "MINOR";
			Priority priority = severity.equals("CRITICAL") ? Priority.URGENT
					: severity.equals("MAJOR") ? Priority.HIGH : Priority.NORMAL;
			List<String> deskAgents = complaintsDesk == null ? List.of()
					: agents.getOrDefault(complaintsDesk, List.of());
			String assignee = deskAgents.isEmpty() || (state.equals("RECEIVED") && random.nextBoolean()) ? null
					: deskAgents.get(random.nextInt(deskAgents.size()));
			String actor = assignee == null ? "agent" : assignee;
			Demo d = new Demo("CMP-%06d".formatted(numbers.get(i)), state, priority, severity, topic[0], topic[1],
					clientId, complaintsDesk, assignee, created);
			d.amountClaimed = topic[0].equals("service-quality") || random.nextInt(4) == 0 ? null
					: 10 + random.nextInt(190) + ".00";
			d.entry("OPENED", pick(random, "PHONE", "EMAIL", "EMAIL", "WEB_FORM", "IN_PERSON"), topic[2], null, actor,
					created);
			Instant at = created;
			if (!state.equals("RECEIVED")) {
				at = later(random, at, now, 30, recent ? 6 * 60 : 30 * 60);
				d.acknowledgedAt = at;
				d.entry("MESSAGE_OUT", "EMAIL", acknowledgement(facts, d, actor), null, actor, at);
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
					d.forwardQuestion = "What happened on your side with this " + topic[0].replace('-', ' ') + "?";
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
					d.message = decision(d);
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
						d.reopenReason = "The client disputes the decision and asks for a full refund.";
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
		insert(demos);
		stepClocks(demos);
	}

	private String acknowledgement(String[] facts, Demo d, String actor) {
		Locale locale = Locale.forLanguageTag(facts[0] == null ? "en" : facts[0]);
		return messages.getMessage("complaint.acknowledgement.template", new Object[] { facts[1], d.reference,
				d.created.plus(Duration.ofDays(21)).toString().substring(0, 10), actor }, locale);
	}

	private static String decision(Demo d) {
		return switch (d.outcome) {
			case "UPHELD" -> "We are sorry: your complaint is justified. " + (d.proposedAmount == null
					? "We will send you a replacement." : "We refund " + d.proposedAmount + " EUR.");
			case "PARTIALLY_UPHELD" -> "Your complaint is partly justified. " + (d.proposedAmount == null
					? "We will replace the item." : "We refund " + d.proposedAmount + " EUR.");
			default ->
				"We looked into your complaint carefully but found no error on our side. We apologise for the trouble.";
		};
	}

	private static String half(String amount) {
		return amount == null ? null
				: new java.math.BigDecimal(amount).divide(java.math.BigDecimal.valueOf(2))
					.setScale(2, java.math.RoundingMode.HALF_UP)
					.toPlainString();
	}

	private void insert(List<Demo> demos) {
		List<Object[]> cases = new ArrayList<>();
		for (Demo d : demos) {
			boolean active = !d.status.equals("RESOLVED") && !d.status.equals("CLOSED");
			String by = d.assignee == null ? "agent" : d.assignee;
			cases.add(new Object[] { d.reference, d.status, active, d.priority.name(), d.category, "EMAIL", d.subject,
					d.clientId, d.teamId, d.assignee, Timestamp.from(d.lastActivityAt), by, by,
					Timestamp.from(d.created), Timestamp.from(d.lastActivityAt) });
		}
		jdbc.batchUpdate("""
				insert into case_file (kind, reference, status, active, priority, category_code, channel, subject,
				  client_id, team_id, assignee, last_activity_at, created_by, updated_by, created_at, updated_at)
				values ('COMPLAINT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", cases);
		Map<String, Long> ids = new HashMap<>();
		jdbc.query("select id, reference from case_file where kind = 'COMPLAINT'", rs -> {
			ids.put(rs.getString(2), rs.getLong(1));
		});
		List<Object[]> details = new ArrayList<>();
		List<Object[]> entries = new ArrayList<>();
		for (Demo d : demos) {
			long id = ids.get(d.reference);
			details.add(new Object[] { id, d.severity, decimal(d.amountClaimed), d.amountClaimed == null ? null : "EUR",
					timestamp(d.acknowledgedAt), d.forwardedTeamId, d.forwardQuestion, timestamp(d.answerDueAt),
					d.outcome, d.remedy, decimal(d.proposedAmount), d.proposedAmount == null ? null : "EUR",
					d.outcome == null ? null : d.category, d.message, d.proposedBy, timestamp(d.proposedAt),
					d.reviewedBy, timestamp(d.resolvedAt), timestamp(d.closedAt), d.reopenReason,
					timestamp(d.reopenedAt) });
			for (Object[] entry : d.entries) {
				Object[] row = new Object[entry.length + 1];
				row[0] = id;
				System.arraycopy(entry, 0, row, 1, entry.length);
				entries.add(row);
			}
		}
		jdbc.batchUpdate(
				"""
						insert into complaint (id, severity, amount_claimed, claimed_currency, acknowledged_at, forwarded_team_id,
						  forward_question, answer_due_at, proposed_outcome, proposed_remedy, proposed_amount, proposed_currency,
						  root_cause, resolution_message, proposed_by, proposed_at, reviewed_by, resolved_at, closed_at,
						  reopen_reason, reopened_at)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				details);
		jdbc.batchUpdate("insert into case_entry (case_id, kind, channel, body, detail, actor, occurred_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?)", entries);
		jdbc.update("""
				update case_file c set search_config = case_search_config(cl.preferred_language),
				  search_vector = case_search_vector(case_search_config(cl.preferred_language),
				    c.subject || ' ' || coalesce(m.bodies, ''))
				from client cl, (select case_id, string_agg(body, ' ') as bodies from case_entry
				                 where body is not null group by case_id) m
				where c.kind = 'COMPLAINT' and cl.id = c.client_id and m.case_id = c.id""");
	}

	/**
	 * Each complaint's SLA clock, started and stepped at the historical instants on the
	 * complaint policy's calendar; the breach job announces what has fallen due since, as
	 * it would have.
	 */
	private void stepClocks(List<Demo> demos) {
		List<Object[]> mirrors = new ArrayList<>();
		for (Demo d : demos) {
			SlaView view = clocks.start(CaseKind.COMPLAINT, d.reference, d.priority, d.created);
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
		jdbc.batchUpdate(
				"update case_file set sla_due_at = ?, sla_state = ? where kind = 'COMPLAINT' and reference = ?",
				mirrors);
	}

	private static java.math.BigDecimal decimal(String amount) {
		return amount == null ? null : new java.math.BigDecimal(amount);
	}

	private static Instant later(Random random, Instant after, Instant notAfter, int minMinutes, int maxMinutes) {
		Instant at = after.plus(Duration.ofMinutes(minMinutes + random.nextInt(maxMinutes - minMinutes + 1)));
		return at.isAfter(notAfter) ? notAfter.minusSeconds(1 + random.nextInt(60)) : at;
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static String pick(Random random, String... values) {
		return values[random.nextInt(values.length)];
	}

	private static final class Demo {

		final String reference;

		final String status;

		final Priority priority;

		final String severity;

		final String category;

		final String subject;

		final long clientId;

		final Long teamId;

		final String assignee;

		final Instant created;

		final List<Object[]> entries = new ArrayList<>();

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

		Instant lastActivityAt;

		Demo(String reference, String status, Priority priority, String severity, String category, String subject,
				long clientId, Long teamId, String assignee, Instant created) {
			this.reference = reference;
			this.status = status;
			this.priority = priority;
			this.severity = severity;
			this.category = category;
			this.subject = subject;
			this.clientId = clientId;
			this.teamId = teamId;
			this.assignee = assignee;
			this.created = created;
		}

		void entry(String kind, String entryChannel, String body, String detail, String actor, Instant at) {
			entries.add(new Object[] { kind, entryChannel, body, detail, actor, Timestamp.from(at) });
		}

	}

}
