package io.servicedesk.casework;

import java.time.Instant;

import io.servicedesk.client.ClientRef;
import io.servicedesk.shared.Priority;
import io.servicedesk.sla.SlaState;

/**
 * A line of a case queue: the case row with the names of its client, team and assignee.
 */
public record QueueRow(long id, String reference, String subject, String status, Priority priority, String categoryCode,
		CaseChannel channel, ClientRef client, String team, String assignee, String assigneeName, Instant slaDueAt,
		SlaState slaState, Instant lastActivityAt, Instant createdAt) {
}
