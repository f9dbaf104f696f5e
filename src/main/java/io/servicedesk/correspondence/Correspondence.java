package io.servicedesk.correspondence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientErased;
import io.servicedesk.client.ClientMerged;
import io.servicedesk.client.ClientService;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.staff.TeamDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The correspondence module's public API: queue a message for a client (in the
 * transaction of the change that causes it), show how messages were delivered, list and
 * manage them for administrators, and tell the mailbox which case a client's mail
 * answers.
 */
@Service
public class Correspondence {

	public static final int PAGE_SIZE = 50;

	private final OutgoingMessageRepository messages;

	private final MailComposer composer;

	private final MailThreads threads;

	private final ReplyAddresses replyAddresses;

	private final ClientService clients;

	private final TeamDirectory staff;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CorrespondenceProperties properties;

	private final DeliveryWorker worker;

	Correspondence(OutgoingMessageRepository messages, MailComposer composer, MailThreads threads,
			ReplyAddresses replyAddresses, ClientService clients, TeamDirectory staff, AuditLog auditLog,
			ApplicationEventPublisher events, Clock clock, CorrespondenceProperties properties, DeliveryWorker worker) {
		this.properties = properties;
		this.worker = worker;
		this.messages = messages;
		this.composer = composer;
		this.threads = threads;
		this.replyAddresses = replyAddresses;
		this.clients = clients;
		this.staff = staff;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Queues a message for the client, written in their preferred language; the delivery
	 * worker sends it after this transaction commits. Nothing is queued (empty) when
	 * there is no address to send to: the client has none and staff chose none, or a
	 * standard notice finds the client's address marked undeliverable. A notice whose
	 * cause was queued before is not queued again (the earlier message is returned).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<OutgoingMessageView> queue(MailRequest request) {
		if (request.sourceKey() != null) {
			Optional<OutgoingMessage> earlier = messages.findBySourceKey(request.sourceKey());
			if (earlier.isPresent()) {
				return earlier.map(OutgoingMessage::view);
			}
		}
		ClientDetails client = clients.get(clients.ref(request.clientId()).number());
		String address = request.to() != null && !request.to().isBlank() ? request.to().strip() : client.email();
		if (address == null || (request.kind().isNotice() && !client.emailDeliverable())) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Recipient recipient = Recipient.of(address, client.name());
		String agentName = staff.displayNames(List.of(request.actor())).get(request.actor());
		ComposedMail mail = composer.compose(request, client, recipient, agentName);
		OutgoingMessage message = messages.save(new OutgoingMessage(mail, client.id(), request.caseKind(),
				request.caseRef(), request.sourceKey(), request.actor(), now));
		if (request.caseRef() != null) {
			threads.record(request.caseRef(), mail.messageId(), "OUT", now);
		}
		events.publishEvent(new OutgoingMessageQueued(message.getId(), client.id(), request.kind(), request.about(),
				mail.subject(), recipient.address(), request.actor(), now));
		return Optional.of(message.view());
	}

	/** The delivery of each of these messages, by id; unknown ids are left out. */
	@Transactional(readOnly = true)
	public Map<Long, Delivery> deliveries(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return messages.findByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(OutgoingMessage::getId, OutgoingMessage::delivery));
	}

	/** The messages of a case, oldest first. */
	@Transactional(readOnly = true)
	public List<OutgoingMessageView> ofCase(String caseRef) {
		return messages.findByCaseRefOrderByIdAsc(caseRef).stream().map(OutgoingMessage::view).toList();
	}

	/**
	 * Every message the client was sent or is to be sent, oldest first (their export).
	 */
	@Transactional(readOnly = true)
	public List<OutgoingMessageView> ofClient(long clientId) {
		return messages.findByClientIdOrderByIdAsc(clientId).stream().map(OutgoingMessage::view).toList();
	}

	@Transactional(readOnly = true)
	public OutgoingMessageView get(long id) {
		return load(id).view();
	}

	/**
	 * The administrators' list, newest first, {@code limit} at a time; {@code before} is
	 * the id the page continues after.
	 */
	@Transactional(readOnly = true)
	public List<OutgoingMessageView> search(OutgoingMessageFilter filter, Long before, int limit) {
		Long clientId = null;
		if (filter.clientNumber() != null && !filter.clientNumber().isBlank()) {
			Optional<ClientDetails> client = clients.find(filter.clientNumber());
			if (client.isEmpty()) {
				return List.of();
			}
			clientId = client.get().id();
		}
		return messages
			.findAll(OutgoingMessageSpecifications.matching(filter.state(), filter.kind(), clientId, before),
					PageRequest.of(0, Math.max(1, Math.min(limit, 200)), Sort.by("id").descending()))
			.stream()
			.map(OutgoingMessage::view)
			.toList();
	}

	/** An administrator sends a failed or bounced message again. */
	@Transactional
	public OutgoingMessageView retry(long id, String by) {
		OutgoingMessage message = load(id);
		DeliveryState before = message.getState();
		message.retry(clock.instant());
		messages.flush();
		auditLog.record(AuditRecord.of(by, "mail.retried", "outgoing-message", Long.toString(id))
			.change(before, message.getState()));
		return message.view();
	}

	/** An administrator stops a waiting or failed message. */
	@Transactional
	public OutgoingMessageView cancel(long id, String by) {
		OutgoingMessage message = load(id);
		DeliveryState before = message.getState();
		message.cancel();
		messages.flush();
		auditLog.record(AuditRecord.of(by, "mail.cancelled", "outgoing-message", Long.toString(id))
			.change(before, message.getState()));
		return message.view();
	}

	/** A page of the application as a client reaches it, for a link in a mail. */
	public String publicLink(String path) {
		return properties.publicUrl() + (path.startsWith("/") ? path : "/" + path);
	}

	/** A date as a mail in this language writes it, in the desk's time zone. */
	public String date(Instant at, SupportedLanguage language) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(language.locale())
			.format(at.atZone(properties.zone()));
	}

	/** A date as a mail in this language writes it. */
	public String date(LocalDate date, SupportedLanguage language) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()).format(date);
	}

	/**
	 * Sends what is due now instead of at the worker's next run; returns how many the
	 * mail server accepted.
	 */
	public int deliverNow() {
		return worker.deliverDue();
	}

	/** The address the client's answers about this case go to. */
	public String replyAddress(String caseRef) {
		return replyAddresses.of(caseRef);
	}

	/**
	 * The case a client's mail answers: the first of its recipients that is a case's
	 * reply address with a valid token, else the case of a mail the desk sent that its
	 * {@code In-Reply-To} or {@code References} name.
	 */
	@Transactional(readOnly = true)
	public Optional<String> caseAnswered(Collection<String> recipients, Collection<String> threadIds) {
		for (String recipient : recipients) {
			Optional<String> caseRef = replyAddresses.caseOf(recipient);
			if (caseRef.isPresent()) {
				return caseRef;
			}
		}
		return threads.caseOfSent(threadIds);
	}

	/**
	 * Whether this mail is one the desk sent (its {@code Message-ID}) or comes from the
	 * desk's own address: a loop, never answered.
	 */
	@Transactional(readOnly = true)
	public boolean isOwn(String messageId, String fromAddress) {
		return (fromAddress != null && composer.isDeskAddress(fromAddress))
				|| (messageId != null && threads.sentByDesk(messageId));
	}

	/**
	 * A case was merged into another: its mail thread is the survivor's from now on (a
	 * client's answer to any of its mails finds the survivor).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void moveThread(String fromCaseRef, String toCaseRef) {
		threads.move(fromCaseRef, toCaseRef);
	}

	/** A client's mail joined a case's thread: the desk's next reply threads under it. */
	@Transactional
	public void threadIncoming(String caseRef, String messageId, Instant at) {
		if (messageId != null && !messageId.isBlank()) {
			threads.record(caseRef, messageId.strip(), "IN", at);
		}
	}

	/**
	 * A delivery status notification reports that this message did not arrive: it is
	 * marked bounced and the client's address undeliverable. Empty when the desk sent no
	 * message with this {@code Message-ID}.
	 */
	@Transactional
	public Optional<OutgoingMessageView> bounced(String messageId, String reason) {
		Optional<OutgoingMessage> found = messageId == null ? Optional.empty() : messages.findByMessageId(messageId);
		found.ifPresent(message -> {
			Instant now = clock.instant();
			if (message.bounce(reason, now)) {
				clients.markEmailUndeliverable(message.getClientId(), message.getToAddress(), reason);
				events.publishEvent(
						new OutgoingMessageUndelivered(message.getId(), message.getKind(), message.getClientId(),
								message.getCaseRef(), DeliveryState.BOUNCED, reason, message.view().queuedBy(), now));
			}
		});
		return found.map(OutgoingMessage::view);
	}

	/** A sender linked to the client they are: their messages go with them. */
	@EventListener
	void on(ClientMerged merged) {
		messages.moveClient(merged.fromClientId(), merged.toClientId());
	}

	/**
	 * An erased client's messages keep their kind, state and dates for the statistics;
	 * address, subject and texts go, and nothing waiting is sent any more.
	 */
	@EventListener
	void on(ClientErased erased) {
		messages.eraseTexts(erased.clientId());
	}

	private OutgoingMessage load(long id) {
		return messages.findById(id).orElseThrow(() -> new OutgoingMessageNotFoundException(id));
	}

}
