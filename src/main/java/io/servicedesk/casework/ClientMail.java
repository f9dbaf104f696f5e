package io.servicedesk.casework;

import java.time.Instant;
import java.util.Objects;

/**
 * A mail from a client as the mailbox read it, for a case: who sent it, its subject, its
 * text (the plain-text part, or the HTML reduced to text; quoted history included), and
 * the incoming mail that keeps the whole original.
 */
public record ClientMail(long incomingMailId, String fromAddress, String fromName, String subject, String text,
		String messageId, Instant receivedAt) {

	public ClientMail {
		Objects.requireNonNull(fromAddress, "fromAddress");
		Objects.requireNonNull(receivedAt, "receivedAt");
		text = text == null ? "" : text;
	}

	/** The actor of the client's own words on a timeline. */
	public static final String CLIENT = "client";

}
