package io.servicedesk.sla;

import java.time.Instant;

/**
 * A breached case should go to the escalation team of its policy. The case modules
 * reassign the case when they receive it.
 */
public record SlaEscalatedToTeam(CaseKind caseKind, String caseRef, SlaTarget target, String team, Instant occurredAt) {
}
