package io.servicedesk.correspondence;

import java.time.Instant;

/**
 * An outgoing message did not reach the client: it failed after its last attempt, or it
 * bounced.
 */
public record OutgoingMessageUndelivered(long messageId, MailKind kind, long clientId, String caseRef,
		DeliveryState state, String reason, String queuedBy, Instant occurredAt) {
}
