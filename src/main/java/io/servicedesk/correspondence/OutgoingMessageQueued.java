package io.servicedesk.correspondence;

import java.time.Instant;

/**
 * A message for a client was queued; the client's timeline shows the standard notices
 * (messages on a case arrive there with the case's correspondence).
 *
 * @param subjectRef what the message is about: the case, account or order reference
 */
public record OutgoingMessageQueued(long messageId, long clientId, MailKind kind, String subjectRef, String subject,
		String to, String actor, Instant occurredAt) {
}
