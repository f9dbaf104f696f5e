package io.servicedesk.correspondence;

import java.time.Instant;

/**
 * The mail server accepted an outgoing message.
 *
 * @param sourceKey what caused it, for a standard notice (else {@code null})
 */
public record OutgoingMessageDelivered(long messageId, MailKind kind, long clientId, String caseRef, String sourceKey,
		Instant sentAt) {
}
