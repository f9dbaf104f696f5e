package io.servicedesk.sla;

import io.servicedesk.shared.Priority;

import java.time.Instant;

/**
 * The SLA block of a case (docs/architecture.md, "Pages, API and security") as the case
 * modules show it: due instants, when the targets were met, the state of each target and
 * the worse of the two. {@code nextDueAt} is the nearest instant still to come, for
 * sorting queues; {@code paused} while the resolution clock waits for the client.
 */
public record SlaView(CaseKind caseKind, String caseRef, Priority priority, Instant firstResponseDueAt,
		Instant firstRespondedAt, Instant resolutionDueAt, Instant resolvedAt, boolean paused,
		long pausedBusinessMinutes, SlaState firstResponseState, SlaState resolutionState, SlaState state,
		Instant nextDueAt) {
}
