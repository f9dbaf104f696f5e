package io.servicedesk.casework;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.notification.NewNotification;
import io.servicedesk.notification.Notifications;
import io.servicedesk.sla.SlaView;
import io.servicedesk.staff.TeamDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bookkeeping of a step on a case, the same for every kind of case: the status line
 * on the case timeline when the step moved the case, the step's clock change applied to
 * its SLA clock, the audit entry, and the case written and read back as its page and the
 * API show it. The case modules keep their rules on the aggregates and call this after
 * each step.
 */
@Service
public class CaseSteps {

	private static final String ARROW = " → ";

	private final CaseTimeline timeline;

	private final CaseSla sla;

	private final AuditLog auditLog;

	private final TeamDirectory teams;

	private final CaseAssignment assignment;

	private final EntityManager entityManager;

	private final Notifications notifications;

	private final CasePageLinks pages;

	CaseSteps(CaseTimeline timeline, CaseSla sla, AuditLog auditLog, TeamDirectory teams, CaseAssignment assignment,
			EntityManager entityManager, Notifications notifications, CasePageLinks pages) {
		this.notifications = notifications;
		this.pages = pages;
		this.timeline = timeline;
		this.assignment = assignment;
		this.sla = sla;
		this.auditLog = auditLog;
		this.teams = teams;
		this.entityManager = entityManager;
	}

	/**
	 * What a step did to the case: the status line when it moved the case from
	 * {@code statusBefore} (with a body where the move says more, such as the summary of
	 * a resolution), then the step's clock change, whatever it is. Answers whether the
	 * case moved.
	 */
	@Transactional
	public boolean taken(CaseFile caseFile, Enum<?> statusBefore, ClockChange change, String body, String actor,
			Instant at) {
		boolean moved = !statusBefore.name().equals(caseFile.getStatusName());
		if (moved) {
			timeline.record(caseFile, CaseEntryKind.STATUS_CHANGED, null, body,
					statusBefore.name() + ARROW + caseFile.getStatusName(), actor, at);
		}
		sla.apply(caseFile, change, at);
		return moved;
	}

	/**
	 * Gives the case to the team and person of the target; when that changes who has it,
	 * the timeline and the audit log say so. Answers whether it changed.
	 */
	@Transactional
	public boolean assign(CaseFile caseFile, CaseAssignment.Target target, String actor, Instant at) {
		String before = assignment.describe(caseFile);
		if (!caseFile.assign(target.teamId(), target.assignee(), actor, at)) {
			return false;
		}
		String after = assignment.describe(caseFile);
		timeline.record(caseFile, CaseEntryKind.ASSIGNED, null, null, after, actor, at);
		audit(caseFile, kindOf(caseFile) + ".assigned", before, after, actor);
		if (target.assignee() != null && !target.assignee().equals(actor)) {
			notifications.send(new NewNotification(List.of(target.assignee()), "notification.assigned",
					List.of(caseFile.getReference()), pages.of(caseFile.caseKind(), caseFile.getReference()),
					"assigned:" + caseFile.getReference() + ":" + target.assignee() + ":" + at.toEpochMilli()));
		}
		return true;
	}

	/** An audit entry on the case, filed under its kind and reference. */
	public void audit(CaseFile caseFile, String action, Object before, Object after, String actor) {
		auditLog.record(AuditRecord.of(actor, action, kindOf(caseFile), caseFile.getReference()).change(before, after));
	}

	private static String kindOf(CaseFile caseFile) {
		return caseFile.caseKind().name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The case after a step, written to the database first so that what is shown carries
	 * its new version.
	 */
	@Transactional
	public CaseState saved(CaseFile caseFile) {
		entityManager.flush();
		return state(caseFile);
	}

	@Transactional(readOnly = true)
	public CaseState state(CaseFile caseFile) {
		return state(caseFile, sla.view(caseFile).orElse(null));
	}

	/** The case with the SLA clock a step has just answered. */
	@Transactional(readOnly = true)
	public CaseState state(CaseFile caseFile, SlaView view) {
		Map<String, String> names = teams.displayNames(Stream.of(caseFile.getAssignee(), caseFile.getUpdatedBy())
			.filter(Objects::nonNull)
			.distinct()
			.toList());
		return new CaseState(view, teams.teamName(caseFile.getTeamId()).orElse(null),
				nameOf(names, caseFile.getAssignee()), nameOf(names, caseFile.getUpdatedBy()));
	}

	private static String nameOf(Map<String, String> names, String username) {
		return username == null ? null : names.getOrDefault(username, username);
	}

}
