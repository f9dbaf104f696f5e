package io.servicedesk.correspondence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;

import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
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
		return of(session, message, properties, List.of());
	}

	/**
	 * With files the mail is {@code multipart/mixed}: the text and HTML first, then each
	 * file as an attachment under its name (RFC 2231 encoded where it is not ASCII).
	 */
	static SMTPMessage of(Session session, OutgoingMessage message, CorrespondenceProperties properties,
			List<File> files) throws MessagingException {
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
		if (files.isEmpty()) {
			mime.setContent(alternative);
		}
		else {
			MimeMultipart mixed = new MimeMultipart("mixed");
			MimeBodyPart body = new MimeBodyPart();
			body.setContent(alternative);
			mixed.addBodyPart(body);
			for (File file : files) {
				MimeBodyPart part = new MimeBodyPart();
				part.setDataHandler(new DataHandler(file));
				part.setFileName(file.filename());
				part.setDisposition(Part.ATTACHMENT);
				part.setHeader("Content-Transfer-Encoding", "base64");
				mixed.addBodyPart(part);
			}
			mime.setContent(mixed);
		}
		mime.saveChanges();
		return mime;
	}

	/** A file a mail carries, opened when the mail is written out. */
	record File(String filename, String contentType, Content content) implements DataSource {

		@FunctionalInterface
		interface Content {

			InputStream open() throws IOException;

		}

		@Override
		public InputStream getInputStream() throws IOException {
			return content.open();
		}

		@Override
		public OutputStream getOutputStream() {
			throw new UnsupportedOperationException("read only");
		}

		@Override
		public String getContentType() {
			return contentType;
		}

		@Override
		public String getName() {
			return filename;
		}

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
