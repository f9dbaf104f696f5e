package io.servicedesk.inquiry;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseSla;
import io.servicedesk.casework.CaseTimeline;
import io.servicedesk.casework.ClientMail;
import io.servicedesk.casework.ClockChange;
import io.servicedesk.casework.MailAnswer;
import io.servicedesk.casework.NewCase;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.notification.NewNotification;
import io.servicedesk.notification.Notifications;
import io.servicedesk.shared.Priority;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inquiries and the client's mail: a mail that answers no case opens an inquiry on the
 * EMAIL channel (its SLA clock starts at once); an answer to an inquiry does what the
 * lifecycle says a client's answer does (a waiting inquiry opens again with its clock
 * resumed, a resolved one is reopened) and tells the assignee in the bell; an answer to a
 * closed inquiry is refused, so the mailbox opens a new inquiry linked to it.
 */
@Service
public class InquiryMailIntake {

	static final String FOLLOWS = "follows:";

	static final String FOLLOWED_UP = "followed-up:";

	/** How far an answer follows an inquiry merged into one merged in turn. */
	private static final int MAX_MERGES = 20;

	private final InquiryRepository inquiries;

	private final CaseSla sla;

	private final CaseTimeline timeline;

	private final ClientService clients;

	private final Notifications notifications;

	private final AuditLog auditLog;

	InquiryMailIntake(InquiryRepository inquiries, CaseSla sla, CaseTimeline timeline, ClientService clients,
			Notifications notifications, AuditLog auditLog) {
		this.inquiries = inquiries;
		this.sla = sla;
		this.timeline = timeline;
		this.clients = clients;
		this.notifications = notifications;
		this.auditLog = auditLog;
	}

	/** Whether a reference names an inquiry. */
	public static boolean isInquiry(String reference) {
		return reference != null && reference.toUpperCase(Locale.ROOT).startsWith(InquiryService.REFERENCE_PREFIX);
	}

	/**
	 * Opens an inquiry from a client's mail for the given team; {@code followsUp} names
	 * the closed case it follows, whose timeline then links to it. Returns its reference.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public String open(ClientMail mail, long clientId, Long teamId, String followsUp) {
		ClientDetails client = clients.get(clients.ref(clientId).number());
		Instant now = mail.receivedAt();
		String reference = InquiryService.REFERENCE_PREFIX + "%06d".formatted(inquiries.nextNumber());
		Inquiry inquiry = inquiries.save(new Inquiry(new NewCase(clientId, CaseChannel.EMAIL, subjectOf(mail),
				Priority.NORMAL, null, null, null, teamId, null), reference, AuditRecord.SYSTEM, now));
		sla.start(inquiry, now);
		timeline.opened(inquiry, client.preferredLanguage().tag(), textOf(mail),
				followsUp == null ? null : FOLLOWS + followsUp, ClientMail.CLIENT, now, mail.incomingMailId());
		if (followsUp != null) {
			timeline.recordFor(followsUp, CaseEntryKind.NOTE, null, FOLLOWED_UP + reference, AuditRecord.SYSTEM, now);
		}
		inquiries.flush();
		auditLog.record(AuditRecord.of(AuditRecord.SYSTEM, "inquiry.created", "inquiry", reference)
			.change(null, "client=" + client.number() + ", priority=" + inquiry.getPriority() + ", channel=EMAIL"
					+ (followsUp == null ? "" : ", follows=" + followsUp)));
		return reference;
	}

	/**
	 * The client's mail answers this inquiry: it is appended as the client's message, and
	 * the inquiry moves as a client's answer moves it. A closed inquiry takes no more
	 * messages ({@code accepted} false). An answer to an inquiry merged into another
	 * lands on the one that carries on.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public MailAnswer answer(String reference, ClientMail mail) {
		Inquiry inquiry = inquiries.findByReference(reference.strip().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new InquiryNotFoundException(reference));
		for (int hops = 0; inquiry.getMergedInto() != null && hops < MAX_MERGES; hops++) {
			inquiry = inquiries.findByReference(inquiry.getMergedInto())
				.orElseThrow(() -> new InquiryNotFoundException(reference));
		}
		if (inquiry.status() == InquiryStatus.CLOSED) {
			return new MailAnswer(inquiry.getReference(), false, inquiry.getClientId(), inquiry.getTeamId());
		}
		Instant now = mail.receivedAt();
		InquiryStatus before = inquiry.status();
		ClockChange change = inquiry.clientAnswered(ClientMail.CLIENT, now);
		timeline.record(inquiry, CaseEntryKind.MESSAGE_IN, CaseChannel.EMAIL.name(), textOf(mail), null,
				ClientMail.CLIENT, now, null, mail.incomingMailId());
		if (inquiry.status() != before) {
			timeline.record(inquiry, CaseEntryKind.STATUS_CHANGED, null, null, before + " → " + inquiry.status(),
					ClientMail.CLIENT, now);
			auditLog
				.record(AuditRecord.of(AuditRecord.SYSTEM, "inquiry.status-changed", "inquiry", inquiry.getReference())
					.change(before, inquiry.status()));
		}
		sla.apply(inquiry, change, now);
		inquiries.flush();
		if (inquiry.getAssignee() != null) {
			notifications.send(new NewNotification(List.of(inquiry.getAssignee()), "notification.client-answered",
					List.of(inquiry.getReference()), "/inquiries/" + inquiry.getReference(),
					"client-answered:" + mail.incomingMailId()));
		}
		return new MailAnswer(inquiry.getReference(), true, inquiry.getClientId(), inquiry.getTeamId());
	}

	/** The subject a case gets from a mail: its own, or the start of its text. */
	static String subjectOf(ClientMail mail) {
		String subject = mail.subject() == null ? "" : mail.subject().strip();
		if (subject.isEmpty()) {
			subject = mail.text().strip().lines().findFirst().orElse("").strip();
		}
		if (subject.isEmpty()) {
			subject = "—";
		}
		return subject.length() <= 200 ? subject : subject.substring(0, 199) + "…";
	}

	private static String textOf(ClientMail mail) {
		return mail.text().isBlank() ? "—" : mail.text();
	}

}
