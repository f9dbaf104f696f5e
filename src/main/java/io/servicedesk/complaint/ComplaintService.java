package io.servicedesk.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.servicedesk.attachment.Upload;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.casework.CaseAccess;
import io.servicedesk.casework.CaseEntryView;
import io.servicedesk.casework.CaseReply;
import io.servicedesk.casework.ReplyRoute;
import io.servicedesk.casework.SentReply;
import io.servicedesk.casework.CaseIdempotency;
import io.servicedesk.casework.CaseSteps;
import io.servicedesk.casework.CaseTimeline;
import io.servicedesk.casework.Viewer;
import io.servicedesk.casework.Visibility;
import io.servicedesk.casework.CaseWork;
import io.servicedesk.shared.Money;
import io.servicedesk.sla.CaseKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint module's public API: register complaints (directly or by escalating an
 * inquiry) and take them through their lifecycle, one method per step. Every step is
 * taken on a complaint the staff member may work on, based on the version they saw (when
 * they say which), and answers the complaint as it is afterwards. How a complaint comes
 * into being is {@link ComplaintRegistration}'s, the steps of the process
 * {@link ComplaintLifecycle}'s, who works on it {@link ComplaintAssignment}'s.
 */
@Service
public class ComplaintService implements CaseWork<ComplaintDetails> {

	public static final String REFERENCE_PREFIX = "CMP-";

	static final String SYSTEM = AuditRecord.SYSTEM;

	private final ComplaintFiles files;

	private final ComplaintRegistration registration;

	private final ComplaintLifecycle lifecycle;

	private final ComplaintAssignment assignment;

	private final ComplaintRepository complaints;

	private final CaseAccess access;

	private final CaseTimeline timeline;

	private final CaseIdempotency idempotency;

	private final ComplaintLetters letters;

	private final Clock clock;

	ComplaintService(ComplaintFiles files, ComplaintRegistration registration, ComplaintLifecycle lifecycle,
			ComplaintAssignment assignment, ComplaintRepository complaints, CaseAccess access, CaseTimeline timeline,
			CaseIdempotency idempotency, ComplaintLetters letters, Clock clock) {
		this.files = files;
		this.registration = registration;
		this.lifecycle = lifecycle;
		this.assignment = assignment;
		this.complaints = complaints;
		this.access = access;
		this.timeline = timeline;
		this.idempotency = idempotency;
		this.letters = letters;
		this.clock = clock;
	}

	/** Who is asking: one read of their staff row, in no transaction of its own. */
	public Viewer viewer(String username) {
		return access.viewer(username);
	}

	/**
	 * Registers a complaint; the complaint SLA clock starts at once. It goes to the
	 * recording staff's team.
	 */
	@Transactional
	public ComplaintDetails register(NewComplaint request, Viewer viewer) {
		return files.details(registration.register(request, viewer), viewer);
	}

	/**
	 * {@link #register} for integrations: the same {@code idempotencyKey} of the same
	 * caller within 24 hours returns the complaint registered first and records nothing
	 * new.
	 */
	@Transactional
	public CaseIdempotency.Once<ComplaintDetails> registerOnce(NewComplaint request, Viewer viewer,
			String idempotencyKey) {
		return idempotency.once(CaseKind.COMPLAINT, viewer.username(), idempotencyKey, request,
				() -> register(request, viewer), ComplaintDetails::reference,
				earlier -> files.details(files.load(earlier), viewer));
	}

	/**
	 * Escalates an inquiry into a complaint: it concerns the same client, account and
	 * order, keeps a link to the inquiry (whose conversation stays readable on the
	 * complaint) and starts with the reason for the escalation; the inquiry's timeline
	 * records the link to the complaint. The client may claim an amount ({@code null}:
	 * none). A closed inquiry and one escalated before are refused.
	 */
	@Transactional
	public ComplaintDetails escalateInquiry(String inquiryReference, Viewer viewer, String reason, Severity severity,
			Money amountClaimed) {
		return files.details(registration.escalate(inquiryReference, viewer, reason, severity, amountClaimed), viewer);
	}

	/** The complaint an inquiry was escalated into, if any. */
	@Transactional(readOnly = true)
	public Optional<String> complaintOfInquiry(long inquiryCaseId) {
		return complaints.findReferenceByInquiryCaseId(inquiryCaseId);
	}

	@Transactional(readOnly = true)
	public ComplaintDetails get(String reference, Viewer viewer) {
		return files.details(files.accessible(reference, viewer), viewer);
	}

	/** The complaint's timeline, oldest first. */
	@Transactional(readOnly = true)
	public List<CaseEntryView> timeline(ComplaintDetails complaint) {
		return timeline.entries(complaint.id());
	}

	/**
	 * The conversation of the inquiry the complaint was escalated from; empty for a
	 * complaint registered directly.
	 */
	@Transactional(readOnly = true)
	public List<CaseEntryView> inquiryTimeline(ComplaintDetails complaint) {
		return complaint.inquiryCaseId() == null ? List.of() : timeline.entries(complaint.inquiryCaseId());
	}

	/**
	 * The acknowledgement as the client reads it, in the client's language, with the date
	 * and time by which the desk will decide ({@link ComplaintLetters}).
	 */
	@Transactional(readOnly = true)
	public String acknowledgementTemplate(String reference, Viewer viewer) {
		return letters.acknowledgement(files.accessible(reference, viewer), viewer);
	}

	/**
	 * The public acknowledgement: the first response; without a message the translated
	 * template is sent.
	 */
	@Transactional
	public ComplaintDetails acknowledge(String reference, Viewer viewer, String message, Long expectedVersion) {
		return acknowledge(reference, viewer, message, null, expectedVersion).details();
	}

	/**
	 * {@link #acknowledge} by the route chosen ({@code null}: by e-mail where the client
	 * has an address).
	 */
	@Transactional
	public CaseReply<ComplaintDetails> acknowledge(String reference, Viewer viewer, String message, ReplyRoute route,
			Long expectedVersion) {
		Complaint complaint = files.editable(reference, viewer, expectedVersion);
		String text = message == null || message.isBlank() ? acknowledgementTemplate(reference, viewer)
				: message.strip();
		SentReply sent = lifecycle.acknowledge(complaint, viewer, text, route);
		return new CaseReply<>(files.saved(complaint, viewer), sent);
	}

	@Transactional
	public ComplaintDetails investigate(String reference, Viewer viewer, Long expectedVersion) {
		return files.saved(lifecycle.investigate(files.editable(reference, viewer, expectedVersion), viewer), viewer);
	}

	/**
	 * Forwards to the department (team) that caused it, with a question and a due date.
	 */
	@Transactional
	public ComplaintDetails forward(String reference, Viewer viewer, String team, String question, Instant answerDueAt,
			Long expectedVersion) {
		Complaint complaint = files.editable(reference, viewer, expectedVersion);
		return files.saved(lifecycle.forward(complaint, viewer, team, question, answerDueAt), viewer);
	}

	/**
	 * The department's answer, recorded by a member of the team it was forwarded to (or
	 * by the desk): an internal note tagged as the department's finding; the complaint is
	 * investigated on.
	 */
	@Transactional
	public ComplaintDetails recordFinding(String reference, Viewer viewer, String finding, Long expectedVersion) {
		return files.saved(lifecycle.recordFinding(files.editable(reference, viewer, expectedVersion), viewer, finding),
				viewer);
	}

	/**
	 * Proposes a resolution for a supervisor's review; its message is a draft until
	 * approved.
	 */
	@Transactional
	public ComplaintDetails proposeResolution(String reference, Viewer viewer, ProposedResolution proposal,
			Long expectedVersion) {
		Complaint complaint = files.editable(reference, viewer, expectedVersion);
		return files.saved(lifecycle.proposeResolution(complaint, viewer, proposal), viewer);
	}

	/**
	 * A supervisor's review of the proposed resolution (never by whoever proposed it):
	 * approving sends the message to the client and resolves the complaint, sending back
	 * returns it to the investigation with the comment.
	 */
	@Transactional
	public ComplaintDetails review(String reference, Viewer viewer, ReviewDecision decision, String comment,
			Long expectedVersion) {
		return decide(reference, viewer, decision, comment, expectedVersion).details();
	}

	/**
	 * {@link #review}, saying how an approved decision went to the client (by e-mail
	 * where the client has an address, else recorded without being sent); after a
	 * send-back nothing went ({@code sent} is {@code null}).
	 */
	@Transactional
	public CaseReply<ComplaintDetails> decide(String reference, Viewer viewer, ReviewDecision decision, String comment,
			Long expectedVersion) {
		Complaint complaint = files.editable(reference, viewer, expectedVersion);
		SentReply sent = lifecycle.review(complaint, viewer, decision, comment);
		return new CaseReply<>(files.saved(complaint, viewer), sent);
	}

	/** Closes a resolved complaint the client accepted. */
	@Transactional
	public ComplaintDetails close(String reference, Viewer viewer, Long expectedVersion) {
		Complaint complaint = files.editable(reference, viewer, expectedVersion);
		return files.saved(lifecycle.close(complaint, viewer.username(), false, clock.instant()), viewer);
	}

	/** The client disputes the resolution: within the window, it is worked on again. */
	@Transactional
	public ComplaintDetails reopen(String reference, Viewer viewer, String reason, Long expectedVersion) {
		return files.saved(lifecycle.reopen(files.editable(reference, viewer, expectedVersion), viewer, reason),
				viewer);
	}

	/** A reply to the client or an internal note, as on inquiries; no status changes. */
	@Transactional
	public ComplaintDetails addMessage(String reference, Viewer viewer, String body, Visibility visibility,
			Long expectedVersion) {
		return visibility == Visibility.INTERNAL ? addNote(reference, viewer, body, List.of(), expectedVersion)
				: reply(reference, viewer, body, null, List.of(), expectedVersion).details();
	}

	/** An internal note, with its files; it changes no status. */
	@Transactional
	public ComplaintDetails addNote(String reference, Viewer viewer, String body, List<Upload> uploads,
			Long expectedVersion) {
		Complaint complaint = files.editable(reference, viewer, expectedVersion);
		return files.saved(lifecycle.addNote(complaint, viewer, body, uploads), viewer);
	}

	/**
	 * A reply to the client by the route chosen ({@code null}: by e-mail where the client
	 * has an address); it changes no status.
	 */
	@Transactional
	public CaseReply<ComplaintDetails> reply(String reference, Viewer viewer, String body, ReplyRoute route,
			List<Upload> uploads, Long expectedVersion) {
		Complaint complaint = files.editable(reference, viewer, expectedVersion);
		SentReply sent = lifecycle.reply(complaint, viewer, body, route, uploads);
		return new CaseReply<>(files.saved(complaint, viewer), sent);
	}

	/** Gives the complaint to a person and/or a team. */
	@Transactional
	public ComplaintDetails assign(String reference, Viewer viewer, String assignee, String team,
			Long expectedVersion) {
		Complaint complaint = files.editable(reference, viewer, expectedVersion);
		return files.saved(assignment.assign(complaint, viewer, assignee, team), viewer);
	}

	/**
	 * Gives the selected complaints to a person and/or a team in one transaction
	 * (supervisors); a complaint changed since the supervisor saw it is reported as stale
	 * and left as it is.
	 */
	@Transactional
	public List<Reassignment> reassign(List<Reassignment.Selected> selected, Viewer viewer, String assignee,
			String team) {
		return assignment.reassign(selected, viewer, assignee, team);
	}

}
