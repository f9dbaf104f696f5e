package io.servicedesk.correspondence;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;

import org.eclipse.angus.mail.smtp.SMTPMessage;

/**
 * The MIME form of an outgoing message: {@code multipart/alternative} with the plain text
 * and the HTML, the fixed {@code Message-ID}, the threading headers and the reply
 * address. Every header value was checked when the message was queued (one address per
 * recipient, no line breaks in names or subject); Jakarta Mail encodes what is not ASCII.
 * Standard notices say they were sent automatically (RFC 3834), so that well-behaved
 * auto-responders stay silent, and every message asks auto-responders not to answer.
 */
final class OutgoingMime {

	private OutgoingMime() {
	}

	static SMTPMessage of(Session session, OutgoingMessage message, CorrespondenceProperties properties)
			throws MessagingException {
		SMTPMessage mime = new FixedIdMessage(session, message.getMessageId());
		try {
			mime.setFrom(new InternetAddress(properties.from(), properties.fromName(), StandardCharsets.UTF_8.name()));
			mime.setRecipient(jakarta.mail.Message.RecipientType.TO,
					new InternetAddress(message.getToAddress(), message.getToName(), StandardCharsets.UTF_8.name()));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
		InternetAddress replyTo = new InternetAddress(message.getReplyTo(), true);
		mime.setReplyTo(new InternetAddress[] { replyTo });
		// Bounces come back to the desk's mailbox, where they mark the message
		mime.setEnvelopeFrom(properties.from());
		mime.setSubject(message.getSubject(), StandardCharsets.UTF_8.name());
		mime.setSentDate(new Date());
		if (message.getInReplyTo() != null) {
			mime.setHeader("In-Reply-To", message.getInReplyTo());
		}
		if (message.getReferences() != null) {
			mime.setHeader("References", message.getReferences());
		}
		mime.setHeader("Content-Language", message.getLanguage());
		mime.setHeader("X-Auto-Response-Suppress", "All");
		if (message.getKind().isNotice()) {
			mime.setHeader("Auto-Submitted", "auto-generated");
		}
		if (message.getCaseRef() != null) {
			mime.setHeader("X-Service-Desk-Case", message.getCaseRef());
		}
		MimeMultipart alternative = new MimeMultipart("alternative");
		MimeBodyPart text = new MimeBodyPart();
		text.setText(message.getBodyText(), StandardCharsets.UTF_8.name());
		alternative.addBodyPart(text);
		MimeBodyPart html = new MimeBodyPart();
		html.setText(message.getBodyHtml(), StandardCharsets.UTF_8.name(), "html");
		alternative.addBodyPart(html);
		mime.setContent(alternative);
		mime.saveChanges();
		return mime;
	}

	/** A message whose {@code Message-ID} is the one fixed when it was queued. */
	private static final class FixedIdMessage extends SMTPMessage {

		private final String messageId;

		FixedIdMessage(Session session, String messageId) {
			super(session);
			this.messageId = messageId;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", messageId);
		}

	}

}
