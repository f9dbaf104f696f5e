package io.servicedesk.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * What a client's mail program does, against the tests' mail server: read what reached an
 * address, and write to the desk over SMTP.
 */
public final class TestMailbox {

	private TestMailbox() {
	}

	/** Every message that reached this address (its mailbox), oldest first. */
	public static List<MimeMessage> to(String address) {
		GreenMail server = TestMailConfiguration.server();
		GreenMailUser user = server.getUserManager().getUserByEmail(address.toLowerCase(Locale.ROOT));
		if (user == null) {
			return List.of();
		}
		try {
			List<MimeMessage> found = new ArrayList<>();
			for (StoredMessage stored : server.getManagers().getImapHostManager().getInbox(user).getMessages()) {
				found.add(stored.getMimeMessage());
			}
			return found;
		}
		catch (FolderException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A plain-text mail, with any headers the test adds. */
	public static MimeMessage send(String from, String to, String subject, String text,
			Map<String, String> extraHeaders) {
		try {
			MimeMessage message = new MimeMessage(session()) {

				@Override
				protected void updateMessageID() throws MessagingException {
					if (extraHeaders.containsKey("Message-ID")) {
						setHeader("Message-ID", extraHeaders.get("Message-ID"));
					}
					else {
						super.updateMessageID();
					}
				}

			};
			message.setFrom(new InternetAddress(from));
			message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
			message.setSubject(subject, "UTF-8");
			message.setText(text, "UTF-8");
			for (Map.Entry<String, String> header : extraHeaders.entrySet()) {
				message.setHeader(header.getKey(), header.getValue());
			}
			Transport.send(message);
			return message;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A message written out whole by the test (line breaks as CRLF), sent as it is. */
	public static void sendRaw(String envelopeFrom, String to, String raw) {
		try {
			Properties settings = settings();
			settings.put("mail.smtp.from", envelopeFrom);
			MimeMessage message = new MimeMessage(Session.getInstance(settings), new ByteArrayInputStream(
					raw.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))) {

				@Override
				protected void updateMessageID() {
					// the test's own Message-ID stands
				}

			};
			Transport.send(message, InternetAddress.parse(to));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The address a mail the desk sent asks to be answered at. */
	public static String replyTo(MimeMessage message) {
		try {
			return ((jakarta.mail.internet.InternetAddress) message.getReplyTo()[0]).getAddress();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Session session() {
		return Session.getInstance(settings());
	}

	private static Properties settings() {
		Properties settings = new Properties();
		settings.put("mail.smtp.host", "127.0.0.1");
		settings.put("mail.smtp.port", Integer.toString(TestMailConfiguration.server().getSmtp().getPort()));
		return settings;
	}

}
