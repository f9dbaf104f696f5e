package io.servicedesk.correspondence;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import io.servicedesk.attachment.Attachments;
import io.servicedesk.shared.Foreground;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due, on every node, each message once.
 * <p>
 * A node first claims a batch of due messages in a short transaction
 * ({@code FOR UPDATE SKIP LOCKED}: rows another node is claiming are skipped, not waited
 * for) and holds them for {@code claim-for}; it then sends them one after another over
 * one SMTP connection and records each result in a transaction of its own, only if it
 * still holds the claim. A node that crashes between claim and send leaves its claim to
 * run out, after which any node sends the message, once. A crash after the mail server
 * accepted a message but before that was recorded sends it again with the same
 * {@code Message-ID}, by which mail programs recognise it. A failed attempt is tried
 * again after a pause that doubles each time, until {@code max-attempts}; a refusal the
 * server says is permanent (a 5xx answer) fails at once. The reason is kept either way.
 * Before each message it {@link Foreground#giveWay() gives way} to the requests being
 * served and after it {@link Foreground#rest rests}, so a batch does not slow the pages
 * down.
 */
@Component
class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private final OutgoingMessageRepository messages;

	private final ObjectProvider<JavaMailSender> senders;

	private final CorrespondenceProperties properties;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String node;

	private final Attachments attachments;

	private final Foreground foreground;

	@Autowired
	DeliveryWorker(OutgoingMessageRepository messages, ObjectProvider<JavaMailSender> senders,
			CorrespondenceProperties properties, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock, Attachments attachments, Foreground foreground) {
		this(messages, senders, properties, events, transactions, clock, defaultNode(), attachments, foreground);
	}

	DeliveryWorker(OutgoingMessageRepository messages, ObjectProvider<JavaMailSender> senders,
			CorrespondenceProperties properties, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock, String node, Attachments attachments,
			Foreground foreground) {
		this.attachments = attachments;
		this.foreground = foreground;
		this.messages = messages;
		this.senders = senders;
		this.properties = properties;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
		this.node = node;
	}

	@Scheduled(fixedDelayString = "${servicedesk.mail.delivery-interval:PT2S}",
			initialDelayString = "${servicedesk.mail.delivery-initial-delay:PT5S}")
	void runScheduled() {
		if (!properties.deliveryEnabled() || senders.getIfAvailable() == null) {
			return;
		}
		long started = System.nanoTime();
		int sent = deliverDue();
		if (sent > 0) {
			log.info("Delivered {} outgoing messages in {} ms", sent, (System.nanoTime() - started) / 1_000_000);
		}
	}

	/** Sends everything due now, batch by batch; returns how many the server accepted. */
	int deliverDue() {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int accepted = 0;
		while (true) {
			List<Long> claimed = claim();
			accepted += send(sender, claimed);
			if (claimed.size() < properties.batchSize()) {
				return accepted;
			}
		}
	}

	/**
	 * Claims a batch for this node, oldest first (in the order they were queued, so a
	 * client reads a case's mails in the order they were written); nothing is sent.
	 */
	List<Long> claim() {
		Instant now = clock.instant();
		List<Long> claimed = transactions
			.execute(status -> messages.claimDue(node, now, now.plus(properties.claimFor()), properties.batchSize()));
		return claimed.stream().sorted().toList();
	}

	/** Sends claimed messages; returns how many the server accepted. */
	int send(JavaMailSender sender, List<Long> claimed) {
		if (claimed.isEmpty()) {
			return 0;
		}
		int accepted = 0;
		try (Connection connection = new Connection(sender)) {
			for (long id : claimed) {
				this.foreground.giveWay();
				long started = System.nanoTime();
				Optional<OutgoingMessage> found = transactions.execute(status -> messages.findById(id));
				if (found.isEmpty() || found.get().getState() != DeliveryState.QUEUED) {
					continue;
				}
				OutgoingMessage message = found.get();
				try {
					String response = connection.send(message);
					accepted += sent(message, response) ? 1 : 0;
				}
				catch (MessagingException | RuntimeException ex) {
					connection.resetAfter(ex);
					failed(message, ex);
				}
				this.foreground.rest(System.nanoTime() - started);
			}
		}
		return accepted;
	}

	private boolean sent(OutgoingMessage message, String response) {
		Instant now = clock.instant();
		return Boolean.TRUE.equals(transactions.execute(status -> {
			if (messages.markSent(message.getId(), node, Limits.cut(response, 1000), now) == 0) {
				return false;
			}
			events.publishEvent(new OutgoingMessageDelivered(message.getId(), message.getKind(), message.getClientId(),
					message.getCaseRef(), message.getSourceKey(), now));
			return true;
		}));
	}

	private void failed(OutgoingMessage message, Exception ex) {
		Instant now = clock.instant();
		int attempt = message.getAttempts() + 1;
		boolean finalFailure = permanent(ex) || attempt >= properties.maxAttempts();
		String reason = Limits.cut(describe(ex), 2000);
		Instant next = now.plus(OutgoingMessage.backoff(attempt, properties.retryAfter(), properties.retryAtMost()));
		log.warn("Attempt {} to send outgoing message {} failed{}: {}", attempt, message.getId(),
				finalFailure ? " for good" : "", reason);
		transactions.executeWithoutResult(status -> {
			if (messages.markAttemptFailed(message.getId(), node, reason, finalFailure, next, now) > 0
					&& finalFailure) {
				events.publishEvent(
						new OutgoingMessageUndelivered(message.getId(), message.getKind(), message.getClientId(),
								message.getCaseRef(), DeliveryState.FAILED, reason, message.view().queuedBy(), now));
			}
		});
	}

	/** The server refused for good (5xx): trying again would not help. */
	static boolean permanent(Exception ex) {
		Exception current = ex;
		while (current != null) {
			if (current instanceof SMTPAddressFailedException refused) {
				return refused.getReturnCode() >= 500;
			}
			if (current instanceof SMTPSendFailedException refused) {
				return refused.getReturnCode() >= 500;
			}
			current = current instanceof MessagingException nested ? nested.getNextException()
					: current.getCause() instanceof Exception cause ? cause : null;
		}
		return false;
	}

	private static String describe(Exception ex) {
		StringBuilder text = new StringBuilder();
		Throwable current = ex;
		while (current != null && text.length() < 2000) {
			if (current.getMessage() != null && !text.toString().contains(current.getMessage().strip())) {
				text.append(text.isEmpty() ? "" : " / ").append(current.getMessage().strip());
			}
			current = current instanceof MessagingException nested && nested.getNextException() != null
					? nested.getNextException() : current.getCause();
		}
		return text.isEmpty() ? ex.getClass().getSimpleName() : MailText.header(text.toString());
	}

	private static String defaultNode() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "node";
		}
		return host + "-" + ProcessHandle.current().pid();
	}

	/**
	 * One SMTP connection for a batch, opened on first use and again after a failure that
	 * may have broken it. Without Spring's own sender (a test double), each message goes
	 * through {@link JavaMailSender#send}.
	 */
	private final class Connection implements AutoCloseable {

		private final JavaMailSender sender;

		private Transport transport;

		Connection(JavaMailSender sender) {
			this.sender = sender;
		}

		String send(OutgoingMessage message) throws MessagingException {
			if (!(sender instanceof JavaMailSenderImpl impl)) {
				SMTPMessage mime = OutgoingMime.of(jakarta.mail.Session.getInstance(new java.util.Properties()),
						message, properties, files(message));
				sender.send(mime);
				return "accepted";
			}
			Session session = impl.getSession();
			SMTPMessage mime = OutgoingMime.of(session, message, properties, files(message));
			if (transport == null || !transport.isConnected()) {
				close();
				transport = session.getTransport(impl.getProtocol() == null ? "smtp" : impl.getProtocol());
				transport.connect(impl.getHost(), impl.getPort(), impl.getUsername(), impl.getPassword());
			}
			transport.sendMessage(mime, mime.getAllRecipients());
			return transport instanceof SMTPTransport smtp && smtp.getLastServerResponse() != null
					? smtp.getLastServerResponse() : "accepted";
		}

		/**
		 * The files the message carries, each read from its storage while the mail is
		 * written to the server, never whole in memory.
		 */
		private List<OutgoingMime.File> files(OutgoingMessage message) {
			return attachments.ofOutgoingMessage(message.getId())
				.stream()
				.map(file -> new OutgoingMime.File(file.filename(), file.contentType(),
						() -> attachments.open(file.id())))
				.toList();
		}

		void resetAfter(Exception ex) {
			if (!(ex instanceof SMTPAddressFailedException) && !(ex instanceof SMTPSendFailedException)) {
				close();
			}
		}

		@Override
		public void close() {
			if (transport != null) {
				try {
					transport.close();
				}
				catch (MessagingException ex) {
					log.debug("Closing the SMTP connection failed", ex);
				}
				transport = null;
			}
		}

	}

}
