package io.servicedesk.sla;

import java.time.Instant;

/**
 * A case has used the at-risk share of a target (80 % by default) without meeting it.
 * Announced once per target.
 */
public record SlaAtRisk(CaseKind caseKind, String caseRef, SlaTarget target, Instant dueAt, Long escalationTeamId,
		Instant occurredAt) {
}
