package io.servicedesk.correspondence;

import java.time.Instant;

/**
 * An outgoing message as staff see it: what was sent to whom, and its delivery.
 *
 * @param caseKind {@code INQUIRY} or {@code COMPLAINT} for a message on a case, else
 * {@code null}
 */
public record OutgoingMessageView(long id, MailKind kind, long clientId, String caseKind, String caseRef,
		String language, String toName, String subject, String text, String messageId, String queuedBy,
		Instant queuedAt, Instant nextAttemptAt, Delivery delivery) {

	public DeliveryState state() {
		return delivery.state();
	}

	public String to() {
		return delivery.to();
	}

}
