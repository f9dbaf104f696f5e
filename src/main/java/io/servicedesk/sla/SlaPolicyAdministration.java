package io.servicedesk.sla;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.servicedesk.shared.Priority;
import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.StaleVersionException;
import io.servicedesk.staff.TeamDirectory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of SLA policies. Exactly one policy is active per case kind and
 * priority; editing a policy changes the targets of cases created afterwards only,
 * because clocks freeze their targets.
 */
@Service
public class SlaPolicyAdministration {

	private final SlaPolicyRepository policies;

	private final BusinessHoursRepository calendars;

	private final TeamDirectory teams;

	private final AuditLog auditLog;

	SlaPolicyAdministration(SlaPolicyRepository policies, BusinessHoursRepository calendars, TeamDirectory teams,
			AuditLog auditLog) {
		this.policies = policies;
		this.calendars = calendars;
		this.teams = teams;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	public List<SlaPolicyDetails> list() {
		Map<Long, BusinessHours> calendarsById = calendars.findAll()
			.stream()
			.collect(Collectors.toMap(BusinessHours::getId, Function.identity()));
		// Priority is stored by name; the list shows the most urgent first, as the desk
		// reads it
		return policies.findAllByOrderByCaseKindAscPriorityAscIdAsc()
			.stream()
			.sorted(Comparator.comparing(SlaPolicy::getCaseKind)
				.thenComparing(SlaPolicy::getPriority, Comparator.reverseOrder()))
			.map(policy -> details(policy, calendarsById.get(policy.getCalendarId())))
			.toList();
	}

	/**
	 * The kinds and priorities for which no policy is active: cases of these cannot start
	 * their clock.
	 */
	@Transactional(readOnly = true)
	public List<String> uncovered() {
		List<String> uncovered = new ArrayList<>();
		for (CaseKind kind : CaseKind.values()) {
			for (Priority priority : Priority.values()) {
				if (!policies.existsByCaseKindAndPriorityAndActiveTrue(kind, priority)) {
					uncovered.add(kind.name() + "/" + priority.name());
				}
			}
		}
		return uncovered;
	}

	@Transactional(readOnly = true)
	public SlaPolicyDetails get(long id) {
		SlaPolicy policy = find(id);
		return details(policy, calendars.findById(policy.getCalendarId()).orElseThrow());
	}

	@Transactional
	public SlaPolicyDetails create(SlaPolicyDefinition definition, String actor) {
		SlaPolicy policy = new SlaPolicy(definition.caseKind(), definition.priority());
		apply(policy, definition);
		if (definition.active()
				&& policies.existsByCaseKindAndPriorityAndActiveTrue(definition.caseKind(), definition.priority())) {
			throw duplicateActive(definition);
		}
		SlaPolicy saved = saveAndFlush(policy, definition);
		auditLog
			.record(AuditRecord.of(actor, "sla-policy.created", "sla-policy", reference(saved)).change(null, saved));
		return get(saved.getId());
	}

	@Transactional
	public SlaPolicyDetails update(long id, Long expectedVersion, SlaPolicyDefinition definition, String actor) {
		SlaPolicy policy = find(id);
		if (expectedVersion != null && expectedVersion != policy.getVersion()) {
			throw new StaleVersionException(reference(policy));
		}
		String before = policy.toString();
		apply(policy, definition);
		if (definition.active() && policies.existsByCaseKindAndPriorityAndActiveTrueAndIdNot(definition.caseKind(),
				definition.priority(), id)) {
			throw duplicateActive(definition);
		}
		saveAndFlush(policy, definition);
		auditLog.record(
				AuditRecord.of(actor, "sla-policy.changed", "sla-policy", reference(policy)).change(before, policy));
		return get(id);
	}

	private void apply(SlaPolicy policy, SlaPolicyDefinition definition) {
		if (!calendars.existsById(definition.calendarId())) {
			throw new RuleViolationException("sla.policy.error.unknown-calendar", definition.calendarId());
		}
		Long teamId = null;
		if (definition.escalationTeam() != null && !definition.escalationTeam().isBlank()) {
			teamId = teams.findTeamId(definition.escalationTeam())
				.orElseThrow(() -> new RuleViolationException("sla.policy.error.unknown-team",
						definition.escalationTeam().strip()));
		}
		policy.define(definition.caseKind(), definition.priority(), definition.firstResponseMinutes(),
				definition.resolutionMinutes(), definition.calendarId(), definition.atRiskPercent(), teamId,
				definition.active());
	}

	/**
	 * The partial unique index settles a race between two administrators activating a
	 * policy at once.
	 */
	private SlaPolicy saveAndFlush(SlaPolicy policy, SlaPolicyDefinition definition) {
		try {
			return policies.saveAndFlush(policy);
		}
		catch (DataIntegrityViolationException ex) {
			throw duplicateActive(definition);
		}
	}

	private static RuleViolationException duplicateActive(SlaPolicyDefinition definition) {
		return new RuleViolationException("sla.policy.error.duplicate-active", definition.caseKind().name(),
				definition.priority().name());
	}

	private SlaPolicy find(long id) {
		return policies.findById(id).orElseThrow(() -> new SlaPolicyNotFoundException(id));
	}

	private SlaPolicyDetails details(SlaPolicy policy, BusinessHours calendar) {
		return new SlaPolicyDetails(policy.getId(), policy.getCaseKind(), policy.getPriority(),
				policy.getFirstResponseMinutes(), policy.getResolutionMinutes(), policy.getCalendarId(),
				calendar.getName(), calendar.toCalendar().businessDayMinutes(), policy.getAtRiskPercent(),
				teams.teamName(policy.getEscalationTeamId()).orElse(null), policy.isActive(), policy.getVersion());
	}

	private static String reference(SlaPolicy policy) {
		return "sla-policy-" + policy.getId();
	}

}
