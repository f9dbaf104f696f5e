package io.servicedesk.sla;

import java.time.Instant;

/**
 * A case missed a target. Announced once per target; escalated to the supervisors and,
 * where the policy names one, to the escalation team.
 */
public record SlaBreached(CaseKind caseKind, String caseRef, SlaTarget target, Instant dueAt, Long escalationTeamId,
		Instant occurredAt) {
}
