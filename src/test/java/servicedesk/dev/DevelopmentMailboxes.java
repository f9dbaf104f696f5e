package servicedesk.dev;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /dev/mailboxes}, in the quick start only: the embedded mail server's mailboxes
 * (the desk's and one per client with an address), what is in each, and a form to write
 * to the desk as that client, or to answer a mail the desk sent. It is a tool for trying
 * the product out, not part of it: its words are English only, and it is not in the jar.
 */
@Controller
public class DevelopmentMailboxes {

	private static final int CLIENTS_LISTED = 2000;

	private final GreenMail server;

	private final JdbcClient jdbc;

	DevelopmentMailboxes(GreenMail server, JdbcClient jdbc) {
		this.server = server;
		this.jdbc = jdbc;
	}

	@GetMapping("/dev/mailboxes")
	String mailboxes(@RequestParam(required = false) String q, Model model) throws FolderException, UserException {
		List<Mailbox> boxes = new ArrayList<>();
		for (ClientAddress client : clients(q)) {
			GreenMailUser user = user(client.email());
			boxes.add(new Mailbox(client.email(), client.number() + " · " + client.name(),
					inbox(user).getMessageCount()));
		}
		GreenMailUser desk = server.getUserManager().getUserByEmail(io.servicedesk.support.EmbeddedMailServer.DESK);
		model.addAttribute("desk", new Mailbox(desk.getEmail(), "Service Desk", inbox(desk).getMessageCount()));
		model.addAttribute("boxes", boxes);
		model.addAttribute("q", q);
		model.addAttribute("smtpPort", server.getSmtp().getPort());
		model.addAttribute("imapPort", server.getImap().getPort());
		return "dev/mailboxes";
	}

	@GetMapping("/dev/mailboxes/{address}")
	String mailbox(@PathVariable String address, Model model)
			throws FolderException, UserException, MessagingException, IOException {
		GreenMailUser user = user(address);
		List<Mail> mails = new ArrayList<>();
		for (StoredMessage stored : inbox(user).getMessages()) {
			MimeMessage message = stored.getMimeMessage();
			mails.add(new Mail(stored.getUid(), join(message.getFrom()),
					join(message.getRecipients(Message.RecipientType.TO)), join(message.getReplyTo()),
					message.getSubject(), message.getSentDate() == null ? null : message.getSentDate().toInstant(),
					text(message), message.getMessageID()));
		}
		mails.sort(Comparator.comparing(Mail::uid).reversed());
		model.addAttribute("address", user.getEmail());
		model.addAttribute("mails", mails);
		model.addAttribute("desk", io.servicedesk.support.EmbeddedMailServer.DESK);
		return "dev/mailbox";
	}

	/**
	 * Sends a mail from this mailbox over the server's SMTP, as a client's mail program
	 * would.
	 */
	@PostMapping("/dev/mailboxes/{address}/send")
	String send(@PathVariable String address, @RequestParam String to, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String body, @RequestParam(required = false) String inReplyTo,
			RedirectAttributes redirect) throws MessagingException {
		Properties settings = new Properties();
		settings.put("mail.smtp.host", "127.0.0.1");
		settings.put("mail.smtp.port", Integer.toString(server.getSmtp().getPort()));
		MimeMessage message = new MimeMessage(Session.getInstance(settings));
		message.setFrom(new InternetAddress(address));
		message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
		message.setSubject(subject == null ? "" : subject, "UTF-8");
		message.setText(body == null ? "" : body, "UTF-8");
		if (inReplyTo != null && !inReplyTo.isBlank()) {
			message.setHeader("In-Reply-To", inReplyTo);
			message.setHeader("References", inReplyTo);
		}
		Transport.send(message);
		redirect.addFlashAttribute("devSent", "Sent to " + to + ".");
		return "redirect:/dev/mailboxes/" + address;
	}

	private List<ClientAddress> clients(String q) {
		String filter = q == null || q.isBlank() ? "%" : "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
		return jdbc.sql("""
				select number, name, email from client where email is not null
				  and (lower(email) like :q or lower(name) like :q or number like upper(:q))
				order by number limit :limit""")
			.param("q", filter)
			.param("limit", CLIENTS_LISTED)
			.query((rs, n) -> new ClientAddress(rs.getString("number"), rs.getString("name"), rs.getString("email")))
			.list();
	}

	private GreenMailUser user(String address) throws UserException {
		String email = address.strip().toLowerCase(Locale.ROOT);
		GreenMailUser user = server.getUserManager().getUserByEmail(email);
		return user != null ? user : server.getUserManager().createUser(email, email, "demo");
	}

	private MailFolder inbox(GreenMailUser user) throws FolderException {
		return server.getManagers().getImapHostManager().getInbox(user);
	}

	private static String join(Address[] addresses) {
		if (addresses == null) {
			return "";
		}
		List<String> shown = new ArrayList<>();
		for (Address address : addresses) {
			shown.add(address instanceof InternetAddress internet ? internet.toUnicodeString() : address.toString());
		}
		return String.join(", ", shown);
	}

	private static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.isMimeType("multipart/*")) {
			Multipart multipart = (Multipart) part.getContent();
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = text(multipart.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	record ClientAddress(String number, String name, String email) {
	}

	record Mailbox(String address, String owner, int messages) {
	}

	record Mail(long uid, String from, String to, String replyTo, String subject, Instant sentAt, String text,
			String messageId) {
	}

}
