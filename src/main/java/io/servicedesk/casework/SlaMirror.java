package io.servicedesk.casework;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.notification.NewNotification;
import io.servicedesk.notification.Notifications;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.sla.SlaAtRisk;
import io.servicedesk.sla.SlaBreached;
import io.servicedesk.sla.SlaEscalatedToTeam;
import io.servicedesk.sla.SlaState;
import io.servicedesk.sla.SlaTarget;
import io.servicedesk.staff.TeamDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the SLA state on the case rows in step with what the breach job announces, puts
 * the announcement on the case's timeline, and hands a breached case to its policy's
 * escalation team. The state is written without touching the case's version: the clock
 * moving on is not an edit an agent could have overwritten.
 */
@Component
class SlaMirror {

	private final JdbcClient jdbc;

	private final TeamDirectory teams;

	private final AuditLog auditLog;

	private final Notifications notifications;

	private final CasePageLinks pages;

	SlaMirror(JdbcClient jdbc, TeamDirectory teams, AuditLog auditLog, Notifications notifications,
			CasePageLinks pages) {
		this.notifications = notifications;
		this.pages = pages;
		this.jdbc = jdbc;
		this.teams = teams;
		this.auditLog = auditLog;
	}

	@ApplicationModuleListener
	void on(SlaAtRisk atRisk) {
		mirror(atRisk.caseKind(), atRisk.caseRef(), SlaState.AT_RISK, CaseEntryKind.SLA_AT_RISK, atRisk.target().name(),
				atRisk.occurredAt());
		tellAssignee(atRisk.caseKind(), atRisk.caseRef(), SlaState.AT_RISK, atRisk.target());
	}

	@ApplicationModuleListener
	void on(SlaBreached breach) {
		mirror(breach.caseKind(), breach.caseRef(), SlaState.BREACHED, CaseEntryKind.SLA_BREACHED,
				breach.target().name(), breach.occurredAt());
		tellAssignee(breach.caseKind(), breach.caseRef(), SlaState.BREACHED, breach.target());
	}

	@ApplicationModuleListener
	void on(SlaEscalatedToTeam escalation) {
		Long teamId = teams.findTeamId(escalation.team()).orElse(null);
		if (teamId == null) {
			return;
		}
		int moved = jdbc
			.sql("update case_file set team_id = :team, assignee = null, version = version + 1, "
					+ "updated_by = 'system', updated_at = :at where kind = :kind and reference = :ref")
			.param("team", teamId)
			.param("at", java.sql.Timestamp.from(escalation.occurredAt()))
			.param("kind", escalation.caseKind().name())
			.param("ref", escalation.caseRef())
			.update();
		if (moved > 0) {
			entry(escalation.caseKind(), escalation.caseRef(), CaseEntryKind.SLA_ESCALATED, escalation.team(),
					escalation.occurredAt());
			auditLog.record(AuditRecord
				.of(AuditRecord.SYSTEM, "case.assigned",
						escalation.caseKind().name().toLowerCase(java.util.Locale.ROOT), escalation.caseRef())
				.change(null, "team=" + escalation.team()));
		}
	}

	/**
	 * The person who has the case hears that it is at risk or breached (the supervisors
	 * hear it from the SLA module), with the same notification once.
	 */
	private void tellAssignee(CaseKind kind, String ref, SlaState state, SlaTarget target) {
		jdbc.sql("select assignee from case_file where kind = :kind and reference = :ref and assignee is not null")
			.param("kind", kind.name())
			.param("ref", ref)
			.query(String.class)
			.optional()
			.ifPresent(assignee -> notifications.send(new NewNotification(List.of(assignee),
					"notification.sla." + state.name().toLowerCase(Locale.ROOT).replace('_', '-') + "."
							+ target.name().toLowerCase(Locale.ROOT).replace('_', '-'),
					List.of(ref), pages.of(kind, ref), "sla:" + kind + ":" + ref + ":" + target + ":" + state)));
	}

	private void mirror(CaseKind kind, String ref, SlaState state, CaseEntryKind entryKind, String target, Instant at) {
		int updated = jdbc
			.sql("update case_file set sla_state = :state where kind = :kind and reference = :ref "
					+ "and sla_state <> 'BREACHED'")
			.param("state", state.name())
			.param("kind", kind.name())
			.param("ref", ref)
			.update();
		if (updated > 0 || state == SlaState.BREACHED) {
			entry(kind, ref, entryKind, target, at);
		}
	}

	private void entry(CaseKind kind, String ref, CaseEntryKind entryKind, String detail, Instant at) {
		jdbc.sql("insert into case_entry (case_id, kind, detail, actor, occurred_at) "
				+ "select id, :entryKind, :detail, 'system', :at from case_file where kind = :kind and reference = :ref")
			.param("entryKind", entryKind.name())
			.param("detail", detail)
			.param("at", java.sql.Timestamp.from(at))
			.param("kind", kind.name())
			.param("ref", ref)
			.update();
	}

}
