package io.servicedesk.mailbox;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.servicedesk.casework.CaseMailFiles;
import io.servicedesk.casework.ClientMail;
import io.servicedesk.casework.MailAnswer;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.Email;
import io.servicedesk.complaint.ComplaintMailIntake;
import io.servicedesk.correspondence.Correspondence;
import io.servicedesk.correspondence.OutgoingMessageView;
import io.servicedesk.inquiry.InquiryMailIntake;
import io.servicedesk.shared.NotFoundException;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.staff.TeamDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns one message of the mailbox into what it is, exactly once.
 * <p>
 * The message's row is inserted first, in the transaction that then does the work, with
 * {@code on conflict do nothing} on its folder, UIDVALIDITY and UID: a second node
 * reading the same message waits on the first node's row until that commits, then finds
 * it and skips the message; if the first node fails, its row is rolled back and the
 * second does the work. The same message arriving twice (by {@code Message-ID}) is
 * recorded once more as a duplicate and does nothing. When the work fails, the message is
 * recorded as set aside with the reason, in a transaction of its own, and the mailbox
 * goes on.
 */
@Component
class IncomingMailProcessor {

	private static final Logger log = LoggerFactory.getLogger(IncomingMailProcessor.class);

	private final IncomingMailRepository mails;

	private final JdbcClient jdbc;

	private final Correspondence correspondence;

	private final ClientService clients;

	private final InquiryMailIntake inquiries;

	private final ComplaintMailIntake complaints;

	private final TeamDirectory teams;

	private final CaseMailFiles files;

	private final MailboxProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	IncomingMailProcessor(IncomingMailRepository mails, JdbcClient jdbc, Correspondence correspondence,
			ClientService clients, InquiryMailIntake inquiries, ComplaintMailIntake complaints, TeamDirectory teams,
			CaseMailFiles files, MailboxProperties properties, PlatformTransactionManager transactions, Clock clock) {
		this.mails = mails;
		this.jdbc = jdbc;
		this.correspondence = correspondence;
		this.clients = clients;
		this.inquiries = inquiries;
		this.complaints = complaints;
		this.teams = teams;
		this.files = files;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Records and processes a message read whole; empty when another node (or an earlier
	 * run) recorded it already.
	 */
	Optional<IncomingMailView> process(MailboxPosition position, byte[] raw) {
		ParsedMail parsed;
		try {
			parsed = MailParser.parse(MailParser.mime(raw));
		}
		catch (Exception ex) {
			log.warn("Set aside message {} of {}: its MIME could not be read: {}", position.uid(), position.folder(),
					ex.toString());
			return setAside(position, MailParser.headers(raw), raw, (long) raw.length, IncomingMailOutcome.MALFORMED,
					ex.toString());
		}
		try {
			return transactions.execute(status -> claim(position, parsed, (long) raw.length, raw).map(mail -> {
				route(mail, parsed);
				return mail.view();
			}));
		}
		catch (RuntimeException ex) {
			log.warn("Set aside message {} of {} from {}: {}", position.uid(), position.folder(), parsed.fromAddress(),
					ex.toString());
			return setAside(position, parsed, raw, (long) raw.length, IncomingMailOutcome.FAILED, ex.toString());
		}
	}

	/**
	 * Records a message too large to read: only its headers, set aside; it stays in the
	 * mailbox for an administrator.
	 */
	Optional<IncomingMailView> tooLarge(MailboxPosition position, String messageId, String from, String subject,
			long size) {
		log.warn("Set aside message {} of {} from {}: {} bytes, over the limit of {}", position.uid(),
				position.folder(), from, size, properties.maxSize().toBytes());
		ParsedMail headers = new ParsedMail(messageId, from, null, List.of(), List.of(), subject, null, null, null,
				null, null, List.of());
		return transactions.execute(status -> insert(position, headers, size).map(id -> {
			IncomingMail mail = mails.findById(id).orElseThrow();
			mail.outcome(IncomingMailOutcome.TOO_LARGE, null,
					"%d bytes, over the limit of %d".formatted(size, properties.maxSize().toBytes()));
			return mail.view();
		}));
	}

	/** Processes a set-aside message again from its original (an administrator asks). */
	IncomingMailView reprocess(long id) {
		byte[] raw = jdbc.sql("select raw_mime from incoming_mail_content where mail_id = :id")
			.param("id", id)
			.query(byte[].class)
			.optional()
			.orElseThrow(() -> new IncomingMailNotFoundException(id));
		ParsedMail parsed;
		try {
			parsed = MailParser.parse(MailParser.mime(raw));
		}
		catch (Exception ex) {
			return transactions.execute(status -> {
				IncomingMail mail = mails.findById(id).orElseThrow(() -> new IncomingMailNotFoundException(id));
				mail.outcome(IncomingMailOutcome.MALFORMED, null, ex.toString());
				return mail.view();
			});
		}
		return transactions.execute(status -> {
			IncomingMail mail = mails.findById(id).orElseThrow(() -> new IncomingMailNotFoundException(id));
			if (mail.getState() != IncomingMailState.SET_ASIDE) {
				return mail.view();
			}
			route(mail, parsed);
			return mail.view();
		});
	}

	private void route(IncomingMail mail, ParsedMail parsed) {
		if (parsed.fromAddress() == null || !Email.isValid(parsed.fromAddress())) {
			mail.outcome(IncomingMailOutcome.MALFORMED, null, "No sender address");
			return;
		}
		if (correspondence.isOwn(parsed.messageId(), parsed.fromAddress())) {
			mail.outcome(IncomingMailOutcome.OWN_MESSAGE, null, parsed.fromAddress());
			return;
		}
		if (parsed.bounce() != null) {
			for (String original : parsed.bounce().originalMessageIds()) {
				Optional<OutgoingMessageView> bounced = correspondence.bounced(original, parsed.bounce().reason());
				if (bounced.isPresent()) {
					mail.outcome(IncomingMailOutcome.BOUNCE_MATCHED, bounced.get().caseRef(), parsed.bounce().reason());
					return;
				}
			}
			mail.outcome(IncomingMailOutcome.BOUNCE_UNMATCHED, null, parsed.bounce().reason());
			return;
		}
		if (duplicate(mail, parsed.messageId())) {
			mail.outcome(IncomingMailOutcome.DUPLICATE, null, parsed.messageId());
			return;
		}
		if (parsed.automatic() != null) {
			mail.outcome(IncomingMailOutcome.AUTO_REPLY, null, parsed.automatic());
			return;
		}
		ClientMail clientMail = new ClientMail(mail.getId(), parsed.fromAddress(), parsed.fromName(), parsed.subject(),
				parsed.text(), parsed.messageId(), clock.instant());
		Optional<String> answered = correspondence.caseAnswered(parsed.recipients(), parsed.threadIds());
		if (answered.isPresent()) {
			Optional<MailAnswer> answer = answer(answered.get(), clientMail);
			if (answer.isPresent() && answer.get().accepted()) {
				thread(answer.get().reference(), parsed);
				files.attach(answer.get().reference(), mail.getId(), parsed.files());
				mail.outcome(IncomingMailOutcome.REPLY, answer.get().reference(), null);
				return;
			}
			if (answer.isPresent()) {
				String followUp = inquiries.open(clientMail, answer.get().clientId(), answer.get().teamId(),
						answer.get().reference());
				thread(followUp, parsed);
				files.attach(followUp, mail.getId(), parsed.files());
				mail.outcome(IncomingMailOutcome.FOLLOW_UP, followUp, answer.get().reference());
				return;
			}
		}
		ClientDetails client = clients.findByEmail(parsed.fromAddress())
			.orElseGet(() -> clients.registerSender(parsed.fromName(), new Email(parsed.fromAddress()),
					language(parsed), "mailbox"));
		String opened = inquiries.open(clientMail, client.id(), team(), null);
		thread(opened, parsed);
		files.attach(opened, mail.getId(), parsed.files());
		mail.outcome(IncomingMailOutcome.NEW_INQUIRY, opened, client.unconfirmed() ? "unconfirmed sender" : null);
	}

	private Optional<MailAnswer> answer(String reference, ClientMail mail) {
		try {
			if (InquiryMailIntake.isInquiry(reference)) {
				return Optional.of(inquiries.answer(reference, mail));
			}
			if (ComplaintMailIntake.isComplaint(reference)) {
				return Optional.of(complaints.answer(reference, mail));
			}
		}
		catch (NotFoundException ex) {
			log.info("Mail {} answers {}, which does not exist; it opens a new inquiry", mail.messageId(), reference);
		}
		return Optional.empty();
	}

	private void thread(String reference, ParsedMail parsed) {
		correspondence.threadIncoming(reference, parsed.messageId(), clock.instant());
	}

	/**
	 * Whether a message with this {@code Message-ID} was processed before; two nodes
	 * processing two copies at once are taken one after the other.
	 */
	private boolean duplicate(IncomingMail mail, String messageId) {
		if (messageId == null) {
			return false;
		}
		jdbc.sql("select pg_advisory_xact_lock(hashtext(:id))").param("id", messageId).query(Object.class).single();
		return jdbc.sql("""
				select exists (select 1 from incoming_mail where message_id = :messageId and id <> :id
				  and state in ('PROCESSED', 'BOUNCE'))""")
			.param("messageId", messageId)
			.param("id", mail.getId())
			.query(Boolean.class)
			.single();
	}

	private Long team() {
		return properties.team() == null ? null : teams.findTeamId(properties.team()).orElse(null);
	}

	private SupportedLanguage language(ParsedMail parsed) {
		return SupportedLanguage.fromTag(parsed.language())
			.or(() -> SupportedLanguage.fromTag(properties.defaultLanguage()))
			.orElse(SupportedLanguage.fallback());
	}

	private Optional<IncomingMail> claim(MailboxPosition position, ParsedMail parsed, Long size, byte[] raw) {
		return insert(position, parsed, size).map(id -> {
			jdbc.sql("insert into incoming_mail_content (mail_id, raw_mime) values (:id, :raw)")
				.param("id", id)
				.param("raw", raw)
				.update();
			return mails.findById(id).orElseThrow();
		});
	}

	private Optional<IncomingMailView> setAside(MailboxPosition position, ParsedMail parsed, byte[] raw, Long size,
			IncomingMailOutcome outcome, String reason) {
		return transactions.execute(status -> claim(position, parsed, size, raw).map(mail -> {
			mail.outcome(outcome, null, reason);
			return mail.view();
		}));
	}

	/**
	 * The message's row, if this transaction is the first to record it (else empty).
	 */
	private Optional<Long> insert(MailboxPosition position, ParsedMail parsed, Long size) {
		return jdbc.sql("""
				insert into incoming_mail (folder, uid_validity, uid, message_id, from_address, from_name, subject,
				  sent_at, size_bytes, state, outcome, body_text, created_at, updated_at)
				values (:folder, :validity, :uid, :messageId, :from, :fromName, :subject, :sentAt, :size, 'SET_ASIDE',
				  'FAILED', :text, :now, :now)
				on conflict (folder, uid_validity, uid) do nothing
				returning id""")
			.param("folder", position.folder())
			.param("validity", position.uidValidity())
			.param("uid", position.uid())
			.param("messageId", parsed == null ? null : IncomingMail.cut(parsed.messageId(), 998))
			.param("from", parsed == null ? null : IncomingMail.cut(parsed.fromAddress(), 320))
			.param("fromName", parsed == null ? null : IncomingMail.cut(parsed.fromName(), 200))
			.param("subject", parsed == null ? null : IncomingMail.cut(parsed.subject(), 1000))
			.param("sentAt", parsed == null || parsed.sentAt() == null ? null : Timestamp.from(parsed.sentAt()))
			.param("size", size)
			.param("text", parsed == null ? null : parsed.text())
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.optional();
	}

}
