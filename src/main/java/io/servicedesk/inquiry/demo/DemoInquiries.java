package io.servicedesk.inquiry.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.servicedesk.casework.demo.DemoCase;
import io.servicedesk.casework.demo.DemoCases;
import io.servicedesk.sla.BusinessCalendar;
import io.servicedesk.sla.BusinessHoursAdministration;
import io.servicedesk.sla.BusinessHoursDetails;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.shared.Priority;
import io.servicedesk.sla.SlaState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static io.servicedesk.casework.demo.DemoCases.later;
import static io.servicedesk.casework.demo.DemoCases.pick;
import static io.servicedesk.casework.demo.DemoCases.timestamp;

/**
 * A Monday morning for the quick start: a few thousand inquiries of the last 90 days
 * across the teams, channels and priorities, with conversations in the five languages.
 * The recent ones are still being worked on (new, open, waiting on the client; some at
 * risk or breached); the older ones are resolved or closed. Their SLA clocks are written
 * in bulk, due instants computed on the policies' business calendars. Generated from a
 * fixed seed, in bulk, once, after the demo clients, only with demo data on; the
 * correspondence is on the clients' timelines too.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 5)
class DemoInquiries implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoInquiries.class);

	static final int INQUIRIES = 3000;

	static final int ACTIVE = 300;

	private static final String[] CHANNELS = { "PHONE", "PHONE", "EMAIL", "EMAIL", "EMAIL", "CHAT", "CHAT", "SOCIAL",
			"WEB_FORM", "WEB_FORM", "FAX", "IN_PERSON" };

	private static final Priority[] PRIORITIES = { Priority.LOW, Priority.NORMAL, Priority.NORMAL, Priority.NORMAL,
			Priority.NORMAL, Priority.HIGH, Priority.HIGH, Priority.URGENT };

	private final JdbcTemplate jdbc;

	private final DemoCases cases;

	private final BusinessHoursAdministration businessHours;

	private final Clock clock;

	private final boolean enabled;

	DemoInquiries(JdbcTemplate jdbc, DemoCases cases, BusinessHoursAdministration businessHours, Clock clock,
			@Value("${servicedesk.demo-data.enabled:false}") boolean enabled) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.businessHours = businessHours;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		long started = System.nanoTime();
		boolean seeded = cases.seedOnce(CaseKind.INQUIRY, clientIds -> {
			seed(new Random(20_261_124L), clientIds);
			jdbc.execute("analyze case_file, case_entry, sla_clock");
		});
		if (seeded) {
			log.info("Demo inquiries created: {} over the last 90 days, {} still active, in {} ms", INQUIRIES, ACTIVE,
					Duration.ofNanos(System.nanoTime() - started).toMillis());
		}
	}

	private void seed(Random random, List<Long> clientIds) {
		Instant now = clock.instant();
		Map<Long, String> languages = new HashMap<>();
		jdbc.query("select id, preferred_language from client", rs -> {
			languages.put(rs.getLong(1), rs.getString(2));
		});
		List<Long> teamIds = jdbc.queryForList("select id from team where not archived order by id", Long.class);
		Map<Long, List<String>> agents = new HashMap<>();
		jdbc.query("select team_id, username from staff where active and team_id is not null order by username", rs -> {
			agents.computeIfAbsent(rs.getLong(1), team -> new ArrayList<>()).add(rs.getString(2));
		});
		List<String[]> categories = jdbc.query(
				"select code, default_priority from category where kind = 'INQUIRY' and active order by code",
				(rs, row) -> new String[] { rs.getString(1), rs.getString(2) });
		Map<Priority, Policy> policies = new HashMap<>();
		jdbc.query("select priority, id, calendar_id, first_response_minutes, resolution_minutes, at_risk_percent "
				+ "from sla_policy where case_kind = 'INQUIRY' and active", rs -> {
					policies.put(Priority.valueOf(rs.getString(1)),
							new Policy(rs.getLong(2), rs.getLong(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
				});
		List<Long> numbers = jdbc.queryForList("select nextval('inquiry_number_seq') from generate_series(1, ?)",
				Long.class, INQUIRIES);

		List<Demo> demos = new ArrayList<>();
		for (int i = 0; i < INQUIRIES; i++) {
			boolean active = i < ACTIVE;
			Instant created = active ? now.minus(Duration.ofMinutes(5 + random.nextInt(3 * 24 * 60)))
					: now.minus(Duration.ofMinutes(4 * 24 * 60 + random.nextInt(86 * 24 * 60)));
			String status = active
					? pick(random, "NEW", "NEW", "OPEN", "OPEN", "OPEN", "WAITING_ON_CLIENT", "WAITING_ON_CLIENT")
					: random.nextInt(7) == 0 ? "RESOLVED" : "CLOSED";
			long clientId = clientIds.get(random.nextInt(clientIds.size()));
			String language = languages.getOrDefault(clientId, "en");
			Conversations.Conversation conversation = Conversations.of(language)
				.get(random.nextInt(Conversations.of(language).size()));
			Long teamId = teamIds.isEmpty() ? null
					: teamIds.get(random.nextInt(3) == 0 ? random.nextInt(teamIds.size()) : 0);
			List<String> teamAgents = teamId == null ? List.of() : agents.getOrDefault(teamId, List.of());
			String assignee = teamAgents.isEmpty() || (status.equals("NEW") && random.nextInt(3) > 0) ? null
					: teamAgents.get(random.nextInt(teamAgents.size()));
			String[] category = categories.isEmpty() || random.nextInt(5) == 0 ? null
					: categories.get(random.nextInt(categories.size()));
			Priority priority = category != null && category[1] != null && random.nextBoolean()
					? Priority.valueOf(category[1]) : PRIORITIES[random.nextInt(PRIORITIES.length)];
			String actor = assignee != null ? assignee : "agent";
			Demo demo = new Demo("INQ-%06d".formatted(numbers.get(i)), status, priority,
					category == null ? null : category[0], pick(random, CHANNELS), conversation.subject(), clientId,
					teamId, assignee, created);
			demo.entry("OPENED", demo.channel, conversation.question(), null, actor, created);
			Instant at = created;
			if (!status.equals("NEW")) {
				at = later(random, at, now, 10, active ? 120 : 600);
				demo.entry("MESSAGE_OUT", demo.channel, conversation.reply(), null, actor, at);
				demo.entry("STATUS_CHANGED", null, null, "NEW → OPEN", actor, at);
				demo.firstRespondedAt = at;
				if (random.nextInt(4) == 0) {
					demo.entry("NOTE", null,
							pick(random, "Checked the order history; nothing unusual.",
									"Client called before about the same topic.", "Asked logistics for an update."),
							null, actor, at.plusSeconds(60));
				}
			}
			if (status.equals("WAITING_ON_CLIENT")) {
				at = later(random, at, now, 1, 30);
				demo.entry("STATUS_CHANGED", null, null, "OPEN → WAITING_ON_CLIENT", actor, at);
				demo.pausedAt = at;
			}
			if (status.equals("RESOLVED") || status.equals("CLOSED")) {
				at = later(random, at, now, 30, 24 * 60);
				demo.entry("MESSAGE_IN", demo.channel, conversation.followUp(), null, actor, at);
				at = later(random, at, now, 5, 24 * 60);
				demo.entry("STATUS_CHANGED", null, conversation.resolution(), "OPEN → RESOLVED", actor, at);
				demo.resolution = conversation.resolution();
				demo.resolvedAt = at;
				if (status.equals("CLOSED")) {
					at = later(random, at, now, 60, 3 * 24 * 60);
					demo.entry("STATUS_CHANGED", null, null, "RESOLVED → CLOSED", actor, at);
					demo.closedAt = at;
				}
			}
			demo.lastActivityAt = at;
			demos.add(demo);
		}
		Map<String, Long> ids = cases.insert(CaseKind.INQUIRY, demos);
		insertDetails(demos, ids);
		startClocks(demos, policies, now);
		jdbc.update("""
				insert into timeline_entry (client_id, occurred_at, kind, subject_ref, detail, channel, summary, actor)
				select c.client_id, e.occurred_at, 'CASE_' || e.kind, c.reference, left(c.subject, 100),
				  case e.channel when 'WEB_FORM' then 'WEB' when 'CHAT' then null when 'SOCIAL' then null
				    else e.channel end, left(e.body, 2000), e.actor
				from case_entry e join case_file c on c.id = e.case_id
				where c.kind = 'INQUIRY' and e.kind in ('OPENED', 'MESSAGE_IN', 'MESSAGE_OUT')""");
		cases.indexSearchText(CaseKind.INQUIRY);
	}

	private void insertDetails(List<Demo> demos, Map<String, Long> ids) {
		List<Object[]> details = new ArrayList<>();
		for (Demo d : demos) {
			details.add(new Object[] { ids.get(d.reference), d.resolution, timestamp(d.resolvedAt),
					timestamp(d.closedAt) });
		}
		jdbc.batchUpdate("insert into inquiry (id, resolution_summary, resolved_at, closed_at) values (?, ?, ?, ?)",
				details);
	}

	/**
	 * Every inquiry's SLA clock, its due instants computed on its policy's business
	 * calendar; what has fallen due before now counts as announced, as if the breach job
	 * had run all along, so the job starts with only what is still to come. The case rows
	 * get the nearest due instant and the state, as the case core keeps them.
	 */
	private void startClocks(List<Demo> demos, Map<Priority, Policy> policies, Instant now) {
		Map<Long, BusinessCalendar> calendars = new HashMap<>();
		List<Object[]> clockRows = new ArrayList<>();
		List<Object[]> mirrors = new ArrayList<>();
		for (Demo d : demos) {
			Policy policy = policies.get(d.priority);
			if (policy == null) {
				continue;
			}
			BusinessCalendar calendar = calendars.computeIfAbsent(policy.calendarId(), id -> {
				BusinessHoursDetails hours = businessHours.get(id);
				return new BusinessCalendar(hours.zone(), hours.weeklyHours(), hours.holidays());
			});
			Instant firstDue = calendar.dueAt(d.created, policy.firstResponseMinutes());
			Instant firstRisk = calendar.dueAt(d.created,
					(long) policy.firstResponseMinutes() * policy.atRiskPercent() / 100);
			Instant resolutionDue = calendar.dueAt(d.created, policy.resolutionMinutes());
			Instant resolutionRisk = calendar.dueAt(d.created,
					(long) policy.resolutionMinutes() * policy.atRiskPercent() / 100);
			Instant firstMeasured = d.firstRespondedAt != null ? d.firstRespondedAt
					: d.resolvedAt != null ? d.resolvedAt : now;
			Instant resolutionMeasured = d.resolvedAt != null ? d.resolvedAt : d.pausedAt != null ? d.pausedAt : now;
			boolean firstBreached = firstMeasured.isAfter(firstDue) || firstMeasured.equals(firstDue);
			boolean firstRiskAnnounced = firstBreached || !firstMeasured.isBefore(firstRisk);
			boolean resolutionBreached = !resolutionMeasured.isBefore(resolutionDue);
			boolean resolutionRiskAnnounced = resolutionBreached || !resolutionMeasured.isBefore(resolutionRisk);
			Instant nextDue = null;
			if (d.firstRespondedAt == null && d.resolvedAt == null) {
				nextDue = earliest(nextDue, firstRiskAnnounced ? null : firstRisk);
				nextDue = earliest(nextDue, firstBreached ? null : firstDue);
			}
			if (d.resolvedAt == null && d.pausedAt == null) {
				nextDue = earliest(nextDue, resolutionRiskAnnounced ? null : resolutionRisk);
				nextDue = earliest(nextDue, resolutionBreached ? null : resolutionDue);
			}
			clockRows.add(new Object[] { d.reference, d.priority.name(), policy.id(), policy.calendarId(),
					policy.atRiskPercent(), policy.firstResponseMinutes(), policy.resolutionMinutes(),
					Timestamp.from(d.created), Timestamp.from(firstDue), Timestamp.from(firstRisk),
					timestamp(d.firstRespondedAt), Timestamp.from(resolutionDue), Timestamp.from(resolutionRisk),
					timestamp(d.resolvedAt), timestamp(d.pausedAt), firstRiskAnnounced, firstBreached,
					resolutionRiskAnnounced, resolutionBreached, timestamp(nextDue), Timestamp.from(d.created),
					Timestamp.from(d.lastActivityAt) });
			SlaState firstState = firstBreached ? SlaState.BREACHED
					: d.firstRespondedAt != null || d.resolvedAt != null || !firstRiskAnnounced ? SlaState.ON_TRACK
							: SlaState.AT_RISK;
			SlaState resolutionState = resolutionBreached ? SlaState.BREACHED
					: d.resolvedAt != null || !resolutionRiskAnnounced ? SlaState.ON_TRACK : SlaState.AT_RISK;
			Instant slaDue = null;
			if (d.firstRespondedAt == null && d.resolvedAt == null) {
				slaDue = firstDue;
			}
			if (d.resolvedAt == null && d.pausedAt == null) {
				slaDue = earliest(slaDue, resolutionDue);
			}
			mirrors.add(new Object[] { timestamp(slaDue), firstState.worse(resolutionState).name(), d.reference });
		}
		jdbc.batchUpdate("""
				insert into sla_clock (case_kind, case_ref, priority, policy_id, calendar_id, at_risk_percent,
				  first_response_target_minutes, resolution_target_minutes, started_at, first_response_due_at,
				  first_response_at_risk_at, first_responded_at, resolution_due_at, resolution_at_risk_at, resolved_at,
				  paused_since, first_response_at_risk_announced, first_response_breached,
				  resolution_at_risk_announced, resolution_breached, next_due_at, created_at, updated_at)
				values ('INQUIRY', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", clockRows);
		jdbc.batchUpdate("update case_file set sla_due_at = ?, sla_state = ? where kind = 'INQUIRY' and reference = ?",
				mirrors);
	}

	private static Instant earliest(Instant current, Instant candidate) {
		if (candidate == null) {
			return current;
		}
		return current == null || candidate.isBefore(current) ? candidate : current;
	}

	private record Policy(long id, long calendarId, int firstResponseMinutes, int resolutionMinutes,
			int atRiskPercent) {
	}

	private static final class Demo extends DemoCase {

		Instant firstRespondedAt;

		Instant pausedAt;

		Instant resolvedAt;

		Instant closedAt;

		String resolution;

		Demo(String reference, String status, Priority priority, String category, String channel, String subject,
				long clientId, Long teamId, String assignee, Instant created) {
			super(reference, status, priority, category, channel, subject, clientId, teamId, assignee, created);
		}

	}

}
