package io.servicedesk.mailbox;

import java.time.Instant;
import java.util.List;

import io.servicedesk.attachment.Upload;

/**
 * What the mailbox needs of a message, read from its MIME once.
 *
 * @param recipients every address it was sent to (To, Cc and the delivery headers), where
 * a case's reply address may stand
 * @param threadIds the {@code Message-ID}s it names in {@code In-Reply-To} and
 * {@code References}, latest first
 * @param text the plain-text part, or the HTML part reduced to text
 * @param language what its {@code Content-Language} says, if anything
 * @param automatic why it is an auto-reply or bulk mail ({@code null}: written by a
 * person)
 * @param bounce what a delivery status notification reports ({@code null}: it is none)
 * @param files what was attached, read from the message when stored
 */
record ParsedMail(String messageId, String fromAddress, String fromName, List<String> recipients,
		List<String> threadIds, String subject, Instant sentAt, String text, String language, String automatic,
		Bounce bounce, List<Upload> files) {

	/**
	 * A delivery status notification: the messages it is about (by {@code Message-ID})
	 * and why they did not arrive.
	 */
	record Bounce(List<String> originalMessageIds, String reason) {
	}

}
