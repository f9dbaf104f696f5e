package io.servicedesk.sla;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.notification.NewNotification;
import io.servicedesk.notification.Notifications;
import io.servicedesk.staff.Role;
import io.servicedesk.staff.TeamDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Escalates what the breach job announces: a notification to every active supervisor, an
 * audit entry and, for a breach where the policy names an escalation team,
 * {@link SlaEscalatedToTeam} for the case modules to reassign the case. Runs after the
 * job's transaction committed, in its own; the event publication registry retries it if
 * it fails, and notifications carry the event as their dedup key so a retry notifies
 * nobody twice.
 */
@Component
class SlaEscalation {

	private final Notifications notifications;

	private final TeamDirectory teams;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Map<CaseKind, CasePage> pages;

	SlaEscalation(Notifications notifications, TeamDirectory teams, AuditLog auditLog, ApplicationEventPublisher events,
			List<CasePage> pages) {
		this.notifications = notifications;
		this.teams = teams;
		this.auditLog = auditLog;
		this.events = events;
		this.pages = pages.stream().collect(Collectors.toUnmodifiableMap(CasePage::kind, Function.identity()));
	}

	@ApplicationModuleListener
	void on(SlaBreached breach) {
		notifySupervisors(breach.caseKind(), breach.caseRef(), breach.target(), SlaState.BREACHED);
		auditLog
			.record(AuditRecord.of(AuditRecord.SYSTEM, "sla.breached", objectType(breach.caseKind()), breach.caseRef())
				.change(null, breach.target() + " due " + breach.dueAt()));
		teams.teamName(breach.escalationTeamId()).ifPresent(team -> {
			events.publishEvent(new SlaEscalatedToTeam(breach.caseKind(), breach.caseRef(), breach.target(), team,
					breach.occurredAt()));
			auditLog.record(AuditRecord
				.of(AuditRecord.SYSTEM, "sla.escalated-to-team", objectType(breach.caseKind()), breach.caseRef())
				.change(null, team));
		});
	}

	@ApplicationModuleListener
	void on(SlaAtRisk atRisk) {
		notifySupervisors(atRisk.caseKind(), atRisk.caseRef(), atRisk.target(), SlaState.AT_RISK);
		auditLog
			.record(AuditRecord.of(AuditRecord.SYSTEM, "sla.at-risk", objectType(atRisk.caseKind()), atRisk.caseRef())
				.change(null, atRisk.target() + " due " + atRisk.dueAt()));
	}

	private void notifySupervisors(CaseKind kind, String caseRef, SlaTarget target, SlaState state) {
		List<String> supervisors = teams.activeUsernamesWithRole(Role.SUPERVISOR);
		String messageKey = "notification.sla." + state.name().toLowerCase(Locale.ROOT).replace('_', '-') + "."
				+ target.name().toLowerCase(Locale.ROOT).replace('_', '-');
		notifications.send(new NewNotification(supervisors, messageKey, List.of(caseRef), pageOf(kind, caseRef),
				"sla:" + kind + ":" + caseRef + ":" + target + ":" + state));
	}

	private String pageOf(CaseKind kind, String caseRef) {
		CasePage page = pages.get(kind);
		return page == null ? null : page.of(caseRef);
	}

	private static String objectType(CaseKind kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}

}
