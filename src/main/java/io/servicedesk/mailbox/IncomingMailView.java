package io.servicedesk.mailbox;

import java.time.Instant;

/**
 * An incoming mail as administrators see it.
 *
 * @param caseRef the case it went on or opened, if any
 * @param reason why it was left alone or set aside
 */
public record IncomingMailView(long id, String folder, long uid, String messageId, String fromAddress, String fromName,
		String subject, Instant sentAt, Long sizeBytes, IncomingMailState state, IncomingMailOutcome outcome,
		String caseRef, String reason, String text, Instant receivedAt) {
}
