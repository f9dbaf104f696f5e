package io.servicedesk.correspondence;

import java.time.Instant;

/**
 * The mail server accepted a standard notice (what staff write on cases is followed on
 * the case's timeline instead).
 *
 * @param sourceKey what caused it
 */
public record OutgoingMessageDelivered(long messageId, MailKind kind, long clientId, String caseRef, String sourceKey,
		Instant sentAt) {
}
