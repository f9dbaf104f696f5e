package io.servicedesk.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.survey.SurveyRequest;
import io.servicedesk.survey.Surveys;
import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.casework.CaseAccess;
import io.servicedesk.casework.CaseAssignment;
import io.servicedesk.casework.CaseClients;
import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseEntryView;
import io.servicedesk.casework.CaseFile;
import io.servicedesk.casework.CaseFiles;
import io.servicedesk.casework.CaseIdempotency;
import io.servicedesk.casework.CaseNotFoundException;
import io.servicedesk.casework.CaseLinks;
import io.servicedesk.casework.CaseSla;
import io.servicedesk.casework.CaseTimeline;
import io.servicedesk.casework.ClockChange;
import io.servicedesk.casework.NewCase;
import io.servicedesk.casework.Viewer;
import io.servicedesk.casework.Visibility;
import io.servicedesk.catalogue.CategoryCatalogue;
import io.servicedesk.catalogue.CategoryKind;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.order.Money;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.sla.Priority;
import io.servicedesk.sla.SlaView;
import io.servicedesk.staff.TeamDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint module's public API: register complaints (directly or by escalating an
 * inquiry) and take them through their lifecycle, one method per step. Every step checks
 * that the staff member may work on the complaint and that the change is based on the
 * version they saw (when they say which), keeps the SLA clock in step, and writes the
 * case timeline and the audit log.
 */
@Service
public class ComplaintService {

	public static final String REFERENCE_PREFIX = "CMP-";

	static final String SYSTEM = AuditRecord.SYSTEM;

	private final ComplaintRepository complaints;

	private final CaseAccess access;

	private final CaseSla sla;

	private final CaseTimeline timeline;

	private final CaseLinks links;

	private final CaseClients caseClients;

	private final CaseIdempotency idempotency;

	private final CaseFiles caseFiles;

	private final CaseAssignment assignment;

	private final ClientService clients;

	private final CategoryCatalogue categories;

	private final TeamDirectory teams;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final ComplaintProperties properties;

	private final Clock clock;

	private final Surveys surveys;

	ComplaintService(ComplaintRepository complaints, CaseAccess access, CaseSla sla, CaseTimeline timeline,
			CaseLinks links, CaseClients caseClients, CaseIdempotency idempotency, CaseFiles caseFiles,
			CaseAssignment assignment, ClientService clients, CategoryCatalogue categories, TeamDirectory teams,
			AuditLog auditLog, ApplicationEventPublisher events, MessageSource messages, ComplaintProperties properties,
			Clock clock, Surveys surveys) {
		this.surveys = surveys;
		this.complaints = complaints;
		this.access = access;
		this.sla = sla;
		this.timeline = timeline;
		this.links = links;
		this.caseClients = caseClients;
		this.idempotency = idempotency;
		this.caseFiles = caseFiles;
		this.assignment = assignment;
		this.clients = clients;
		this.categories = categories;
		this.teams = teams;
		this.auditLog = auditLog;
		this.events = events;
		this.messages = messages;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Viewer viewer(String username) {
		return access.viewer(username);
	}

	/**
	 * Registers a complaint; the complaint SLA clock starts at once. It goes to the
	 * recording staff's team.
	 */
	@Transactional
	public ComplaintDetails register(NewComplaint request, Viewer viewer) {
		Instant now = clock.instant();
		ClientDetails client = caseClients.resolve(request.clientNumber(), request.newClient(), viewer.username());
		if (request.body() == null || request.body().isBlank()) {
			throw new RuleViolationException("complaint.body.required");
		}
		if (request.severity() == null) {
			throw new RuleViolationException("complaint.severity.required");
		}
		NewCase newCase = new NewCase(client.id(), request.channel(), request.subject(),
				request.priority() == null ? defaultPriority(request.severity()) : request.priority(),
				category(request.categoryCode()), links.accountOf(client, request.accountNumber()),
				links.orderOf(client, request.orderNumber()), viewer.teamId(),
				request.assignToMe() ? viewer.username() : null);
		Complaint complaint = complaints.save(new Complaint(newCase, nextReference(), request.severity(),
				request.amountClaimed(), request.desiredOutcome(), null, viewer.username(), now));
		SlaView view = sla.start(complaint, now);
		timeline.opened(complaint, client.preferredLanguage().tag(), request.body().strip(), viewer.username(), now);
		registered(complaint, client, viewer.username(), now);
		return details(complaint, view, viewer);
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
				() -> register(request, viewer), ComplaintDetails::reference, earlier -> {
					Complaint complaint = load(earlier);
					return details(complaint, sla.view(complaint).orElse(null), viewer);
				});
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
		CaseFile inquiry = caseFiles.find(CaseKind.INQUIRY, normalise(inquiryReference))
			.orElseThrow(() -> new CaseNotFoundException(inquiryReference));
		access.requireAccess(viewer, inquiry);
		if (reason == null || reason.isBlank()) {
			throw new RuleViolationException("complaint.escalation.reason-required");
		}
		Optional<String> earlier = complaintOfInquiry(inquiry.getId());
		if (earlier.isPresent()) {
			throw new IllegalTransitionException("complaint.escalation.already", inquiry.getReference(), earlier.get());
		}
		if ("CLOSED".equals(CaseFiles.statusOf(inquiry))) {
			throw new IllegalTransitionException("complaint.escalation.closed", inquiry.getReference());
		}
		Instant now = clock.instant();
		ClientDetails client = clients.get(clients.ref(inquiry.getClientId()).number());
		NewCase newCase = new NewCase(client.id(), inquiry.getChannel(), inquiry.getSubject(), inquiry.getPriority(),
				null, inquiry.getAccountNumber(), inquiry.getOrderNumber(),
				inquiry.getTeamId() == null ? viewer.teamId() : inquiry.getTeamId(), viewer.username());
		Complaint complaint = complaints.save(new Complaint(newCase, nextReference(),
				severity == null ? Severity.MINOR : severity, amountClaimed, null,
				new Complaint.EscalatedFrom(inquiry.getId(), inquiry.getReference()), viewer.username(), now));
		SlaView view = sla.start(complaint, now);
		timeline.opened(complaint, client.preferredLanguage().tag(), reason.strip(), viewer.username(), now);
		timeline.record(inquiry, CaseEntryKind.NOTE, null, reason.strip(), "escalated:" + complaint.getReference(),
				viewer.username(), now);
		inquiry.touch(viewer.username(), now);
		auditLog.record(AuditRecord.of(viewer.username(), "inquiry.escalated", "inquiry", inquiry.getReference())
			.change(null, "complaint=" + complaint.getReference()));
		registered(complaint, client, viewer.username(), now);
		return details(complaint, view, viewer);
	}

	/** The complaint an inquiry was escalated into, if any. */
	@Transactional(readOnly = true)
	public Optional<String> complaintOfInquiry(long inquiryCaseId) {
		return complaints.findReferenceByInquiryCaseId(inquiryCaseId);
	}

	@Transactional(readOnly = true)
	public ComplaintDetails get(String reference, Viewer viewer) {
		Complaint complaint = accessible(reference, viewer);
		return details(complaint, sla.view(complaint).orElse(null), viewer);
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
	 * The acknowledgement as the client reads it, in the client's language: the reference
	 * and the date and time by which the desk will decide, on the clock of the desk's
	 * business calendar (the one the complaint's SLA policy counts in).
	 */
	@Transactional(readOnly = true)
	public String acknowledgementTemplate(String reference, Viewer viewer) {
		Complaint complaint = accessible(reference, viewer);
		ClientDetails client = clients.get(clients.ref(complaint.getClientId()).number());
		Locale locale = client.preferredLanguage().locale();
		Instant due = sla.view(complaint).map(SlaView::resolutionDueAt).orElse(null);
		String deadline = due == null ? "-" : new ResolutionDeadline(due, sla.calendarZone(complaint)).format(locale);
		return messages.getMessage("complaint.acknowledgement.template",
				new Object[] { client.name(), complaint.getReference(), deadline, viewer.displayName() }, locale);
	}

	/**
	 * The public acknowledgement: the first response; without a message the translated
	 * template is sent.
	 */
	@Transactional
	public ComplaintDetails acknowledge(String reference, Viewer viewer, String message, Long expectedVersion) {
		Complaint complaint = editable(reference, viewer, expectedVersion);
		String text = message == null || message.isBlank() ? acknowledgementTemplate(reference, viewer)
				: message.strip();
		Instant now = clock.instant();
		ComplaintStatus before = complaint.status();
		ClockChange change = complaint.acknowledge(viewer.username(), now);
		messageToClient(complaint, text, viewer.username(), now);
		stepTaken(complaint, before, "complaint.acknowledged", null, viewer.username(), now);
		sla.apply(complaint, change, now);
		events.publishEvent(new ComplaintAcknowledged(complaint.getReference(), complaint.getClientId(), text,
				viewer.username(), now));
		return saved(complaint, viewer);
	}

	@Transactional
	public ComplaintDetails investigate(String reference, Viewer viewer, Long expectedVersion) {
		Complaint complaint = editable(reference, viewer, expectedVersion);
		Instant now = clock.instant();
		ComplaintStatus before = complaint.status();
		complaint.startInvestigation(viewer.username(), now);
		stepTaken(complaint, before, "complaint.investigating", null, viewer.username(), now);
		return saved(complaint, viewer);
	}

	/**
	 * Forwards the complaint to the department (team) that caused it, with a question and
	 * a due date.
	 */
	@Transactional
	public ComplaintDetails forward(String reference, Viewer viewer, String team, String question, Instant answerDueAt,
			Long expectedVersion) {
		Complaint complaint = editable(reference, viewer, expectedVersion);
		long teamId = teams.findTeamId(team == null ? "" : team.strip())
			.orElseThrow(() -> new RuleViolationException("case.team.unknown", team));
		Instant now = clock.instant();
		ComplaintStatus before = complaint.status();
		complaint.forward(teamId, question, answerDueAt, viewer.username(), now);
		String teamName = teams.teamName(teamId).orElse(team);
		timeline.record(complaint, CaseEntryKind.NOTE, null, complaint.getForwardQuestion(),
				"forwarded:" + teamName + ":" + answerDueAt, viewer.username(), now);
		stepTaken(complaint, before, "complaint.forwarded", "team=" + teamName + ", due=" + answerDueAt,
				viewer.username(), now);
		return saved(complaint, viewer);
	}

	/**
	 * The department's answer, recorded by a member of the team it was forwarded to (or
	 * by the desk): an internal note tagged as the department's finding; the complaint is
	 * investigated on.
	 */
	@Transactional
	public ComplaintDetails recordFinding(String reference, Viewer viewer, String finding, Long expectedVersion) {
		Complaint complaint = editable(reference, viewer, expectedVersion);
		String text = requireBody(finding);
		Instant now = clock.instant();
		ComplaintStatus before = complaint.status();
		String teamName = teams.teamName(complaint.getForwardedTeamId()).orElse("-");
		complaint.recordFinding(viewer.username(), now);
		timeline.record(complaint, CaseEntryKind.NOTE, null, text, "finding:" + teamName, viewer.username(), now);
		stepTaken(complaint, before, "complaint.finding-recorded", "team=" + teamName, viewer.username(), now);
		return saved(complaint, viewer);
	}

	/**
	 * Proposes a resolution for a supervisor's review; its message is a draft until
	 * approved.
	 */
	@Transactional
	public ComplaintDetails proposeResolution(String reference, Viewer viewer, ProposedResolution proposal,
			Long expectedVersion) {
		Complaint complaint = editable(reference, viewer, expectedVersion);
		if (proposal.rootCause() != null && !proposal.rootCause().isBlank()) {
			category(proposal.rootCause());
		}
		Instant now = clock.instant();
		ComplaintStatus before = complaint.status();
		complaint.proposeResolution(proposal, viewer.username(), viewer.supervisor(), now);
		timeline.record(complaint, CaseEntryKind.NOTE, null, proposal.message().strip(),
				"proposal:" + describe(complaint.getProposal()), viewer.username(), now);
		stepTaken(complaint, before, "complaint.resolution-proposed", describe(complaint.getProposal()),
				viewer.username(), now);
		return saved(complaint, viewer);
	}

	/**
	 * A supervisor's review of the proposed resolution (never by whoever proposed it):
	 * approving sends the message to the client and resolves the complaint, sending back
	 * returns it to the investigation with the comment.
	 */
	@Transactional
	public ComplaintDetails review(String reference, Viewer viewer, ReviewDecision decision, String comment,
			Long expectedVersion) {
		if (!viewer.supervisor()) {
			throw new AccessDeniedException("Only supervisors review complaint resolutions");
		}
		Complaint complaint = editable(reference, viewer, expectedVersion);
		Instant now = clock.instant();
		ComplaintStatus before = complaint.status();
		if (decision == ReviewDecision.APPROVE) {
			ClockChange change = complaint.approveResolution(viewer.username(), viewer.supervisor(), now);
			messageToClient(complaint, complaint.getProposal().message(), viewer.username(), now);
			stepTaken(complaint, before, "complaint.resolution-approved", describe(complaint.getProposal()),
					viewer.username(), now);
			sla.apply(complaint, change, now);
			events.publishEvent(new ComplaintResolved(complaint.getReference(), complaint.getClientId(),
					complaint.getProposal().outcome(), complaint.getProposal().remedy(),
					complaint.getProposal().message(), viewer.username(), now));
			SupportedLanguage language = clients.get(clients.ref(complaint.getClientId()).number()).preferredLanguage();
			surveys.invite(new SurveyRequest("COMPLAINT", complaint.getReference(), complaint.getClientId(), language));
		}
		else {
			complaint.sendBack(viewer.username(), viewer.supervisor(), comment, now);
			timeline.record(complaint, CaseEntryKind.NOTE, null, comment.strip(), "sent-back", viewer.username(), now);
			stepTaken(complaint, before, "complaint.resolution-sent-back", comment.strip(), viewer.username(), now);
		}
		return saved(complaint, viewer);
	}

	/** Closes a resolved complaint the client accepted. */
	@Transactional
	public ComplaintDetails close(String reference, Viewer viewer, Long expectedVersion) {
		Complaint complaint = editable(reference, viewer, expectedVersion);
		Instant now = clock.instant();
		ComplaintStatus before = complaint.status();
		complaint.close(viewer.username(), now);
		stepTaken(complaint, before, "complaint.closed", "accepted", viewer.username(), now);
		events.publishEvent(new ComplaintClosed(complaint.getReference(), complaint.getClientId(), false, now));
		return saved(complaint, viewer);
	}

	/**
	 * The client disputes the resolution: within the window, the complaint is worked on
	 * again.
	 */
	@Transactional
	public ComplaintDetails reopen(String reference, Viewer viewer, String reason, Long expectedVersion) {
		Complaint complaint = editable(reference, viewer, expectedVersion);
		Instant now = clock.instant();
		ComplaintStatus before = complaint.status();
		ClockChange change = complaint.reopen(reason, properties.reopenWindow(), viewer.username(), now);
		timeline.record(complaint, CaseEntryKind.MESSAGE_IN, complaint.getChannel().name(), reason.strip(), "reopened",
				viewer.username(), now);
		stepTaken(complaint, before, "complaint.reopened", reason.strip(), viewer.username(), now);
		sla.apply(complaint, change, now);
		events.publishEvent(new ComplaintReopened(complaint.getReference(), complaint.getClientId(), reason.strip(),
				viewer.username(), now));
		return saved(complaint, viewer);
	}

	/**
	 * A reply to the client or an internal note, as on inquiries; it changes no status.
	 */
	@Transactional
	public ComplaintDetails addMessage(String reference, Viewer viewer, String body, Visibility visibility,
			Long expectedVersion) {
		Complaint complaint = editable(reference, viewer, expectedVersion);
		String text = requireBody(body);
		Instant now = clock.instant();
		if (visibility == Visibility.INTERNAL) {
			timeline.record(complaint, CaseEntryKind.NOTE, null, text, null, viewer.username(), now);
		}
		else {
			messageToClient(complaint, text, viewer.username(), now);
		}
		complaint.touch(viewer.username(), now);
		return saved(complaint, viewer);
	}

	/** Gives the complaint to a person and/or a team. */
	@Transactional
	public ComplaintDetails assign(String reference, Viewer viewer, String assignee, String team,
			Long expectedVersion) {
		Complaint complaint = editable(reference, viewer, expectedVersion);
		reassign(complaint, assignment.target(complaint, assignee, team), viewer.username(), clock.instant());
		return saved(complaint, viewer);
	}

	/**
	 * Gives the selected complaints to a person and/or a team in one transaction
	 * (supervisors). A complaint changed by someone else since the supervisor saw it is
	 * left as it is and reported as stale; the others are moved.
	 */
	@Transactional
	public List<Reassignment> reassign(List<Reassignment.Selected> selected, Viewer viewer, String assignee,
			String team) {
		if (!viewer.supervisor()) {
			throw new AccessDeniedException("Only supervisors reassign complaints in bulk");
		}
		if (selected.isEmpty()) {
			throw new RuleViolationException("complaint.reassign.none-selected");
		}
		Instant now = clock.instant();
		List<Reassignment> results = new java.util.ArrayList<>();
		for (Reassignment.Selected one : selected) {
			Optional<Complaint> found = complaints.findByReference(normalise(one.reference()));
			if (found.isEmpty()) {
				results.add(new Reassignment(one.reference(), Reassignment.Result.NOT_FOUND));
				continue;
			}
			Complaint complaint = found.get();
			if (one.version() != null && one.version() != complaint.getVersion()) {
				results.add(new Reassignment(complaint.getReference(), Reassignment.Result.STALE));
				continue;
			}
			CaseAssignment.Target target = assignment.target(complaint, assignee, team);
			boolean unchanged = Objects.equals(target.teamId(), complaint.getTeamId())
					&& Objects.equals(target.assignee(), complaint.getAssignee());
			reassign(complaint, target, viewer.username(), now);
			results.add(new Reassignment(complaint.getReference(),
					unchanged ? Reassignment.Result.UNCHANGED : Reassignment.Result.REASSIGNED));
		}
		complaints.flush();
		return results;
	}

	/**
	 * Closes resolved complaints the client has not answered within the configured time;
	 * used by the job.
	 */
	@Transactional
	void closeWithoutAnswer(Complaint complaint, Instant now) {
		ComplaintStatus before = complaint.status();
		complaint.close(SYSTEM, now);
		stepTaken(complaint, before, "complaint.closed", "no-answer", SYSTEM, now);
		events.publishEvent(new ComplaintClosed(complaint.getReference(), complaint.getClientId(), true, now));
	}

	void reassign(Complaint complaint, CaseAssignment.Target target, String actor, Instant now) {
		String before = assignment.describe(complaint);
		if (complaint.assign(target.teamId(), target.assignee(), actor, now)) {
			String after = assignment.describe(complaint);
			timeline.record(complaint, CaseEntryKind.ASSIGNED, null, null, after, actor, now);
			auditLog.record(AuditRecord.of(actor, "complaint.assigned", "complaint", complaint.getReference())
				.change(before, after));
		}
	}

	private void registered(Complaint complaint, ClientDetails client, String actor, Instant now) {
		complaints.flush();
		auditLog.record(AuditRecord.of(actor, "complaint.registered", "complaint", complaint.getReference())
			.change(null, "client=" + client.number() + ", severity=" + complaint.getSeverity() + ", priority="
					+ complaint.getPriority()
					+ (complaint.getInquiryReference() == null ? "" : ", inquiry=" + complaint.getInquiryReference())));
		events.publishEvent(new ComplaintRegistered(complaint.getReference(), client.id(), complaint.getSeverity(),
				complaint.getSubject(), complaint.getInquiryReference(), actor, now));
	}

	private void messageToClient(Complaint complaint, String text, String actor, Instant now) {
		ClientDetails client = clients.get(clients.ref(complaint.getClientId()).number());
		String channel = client.preferredChannel() != null ? client.preferredChannel().name()
				: complaint.getChannel().name();
		timeline.record(complaint, CaseEntryKind.MESSAGE_OUT, channel, text, null, actor, now);
	}

	private void stepTaken(Complaint complaint, ComplaintStatus before, String action, String detail, String actor,
			Instant now) {
		if (complaint.status() != before) {
			timeline.record(complaint, CaseEntryKind.STATUS_CHANGED, null, null, before + " → " + complaint.status(),
					actor, now);
		}
		auditLog.record(AuditRecord.of(actor, action, "complaint", complaint.getReference())
			.change(before, detail == null ? complaint.status() : complaint.status() + " (" + detail + ")"));
	}

	private static String describe(ProposedResolution proposal) {
		return proposal.outcome() + ", " + proposal.remedy()
				+ (proposal.amount() == null ? "" : ", " + proposal.amount()) + ", root cause " + proposal.rootCause();
	}

	private String category(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return categories.findByCode(code.strip())
			.filter(found -> found.kind() == CategoryKind.COMPLAINT && found.active())
			.orElseThrow(() -> new RuleViolationException("complaint.category.unknown", code))
			.code();
	}

	private static Priority defaultPriority(Severity severity) {
		return switch (severity) {
			case MINOR -> Priority.NORMAL;
			case MAJOR -> Priority.HIGH;
			case CRITICAL -> Priority.URGENT;
		};
	}

	private String nextReference() {
		return REFERENCE_PREFIX + "%06d".formatted(complaints.nextNumber());
	}

	private static String requireBody(String body) {
		if (body == null || body.isBlank()) {
			throw new RuleViolationException("case.message.required");
		}
		return body.strip();
	}

	private ComplaintDetails saved(Complaint complaint, Viewer viewer) {
		complaints.flush();
		return details(complaint, sla.view(complaint).orElse(null), viewer);
	}

	private Complaint editable(String reference, Viewer viewer, Long expectedVersion) {
		Complaint complaint = accessible(reference, viewer);
		complaint.requireVersion(expectedVersion);
		return complaint;
	}

	Complaint accessible(String reference, Viewer viewer) {
		Complaint complaint = load(reference);
		if (!maySee(viewer, complaint)) {
			access.requireAccess(viewer, complaint);
		}
		return complaint;
	}

	/**
	 * Agents see their own and their team's complaints, and those forwarded to their
	 * team.
	 */
	static boolean maySee(Viewer viewer, Complaint complaint) {
		return viewer.maySee(complaint)
				|| (viewer.teamId() != null && viewer.teamId().equals(complaint.getForwardedTeamId()));
	}

	Complaint load(String reference) {
		return complaints.findByReference(normalise(reference))
			.orElseThrow(() -> new ComplaintNotFoundException(reference));
	}

	static String normalise(String reference) {
		return reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
	}

	private ComplaintDetails details(Complaint complaint, SlaView view, Viewer viewer) {
		Map<String, String> names = teams.displayNames(Stream.of(complaint.getAssignee(), complaint.getUpdatedBy())
			.filter(Objects::nonNull)
			.distinct()
			.toList());
		ComplaintStatus status = complaint.status();
		boolean ownTeam = viewer.maySee(complaint);
		boolean reviewer = viewer.supervisor() && !viewer.username().equals(complaint.getProposedBy());
		boolean forwardedToViewer = viewer.teamId() != null && viewer.teamId().equals(complaint.getForwardedTeamId());
		boolean withinWindow = complaint.getResolvedAt() == null
				|| !complaint.getResolvedAt().plus(properties.reopenWindow()).isBefore(clock.instant());
		var steps = new ComplaintDetails.Steps(ownTeam && status == ComplaintStatus.RECEIVED,
				ownTeam && (status == ComplaintStatus.ACKNOWLEDGED || status == ComplaintStatus.REOPENED),
				ownTeam && status.isUnderInvestigation(),
				(ownTeam || forwardedToViewer) && status == ComplaintStatus.FORWARDED,
				ownTeam && status.isUnderInvestigation(), reviewer && status == ComplaintStatus.RESOLUTION_PROPOSED,
				ownTeam && status == ComplaintStatus.RESOLVED,
				ownTeam && (status == ComplaintStatus.RESOLVED || status == ComplaintStatus.CLOSED) && withinWindow);
		ClientDetails client = clients.get(clients.ref(complaint.getClientId()).number());
		return new ComplaintDetails(complaint.getId(), complaint.getReference(), status, complaint.getPriority(),
				complaint.getSeverity(), complaint.getCategoryCode(), complaint.getChannel(), complaint.getSubject(),
				client.ref(), client.preferredLanguage().tag(), complaint.getAccountNumber(),
				complaint.getOrderNumber(), complaint.getAmountClaimed(), complaint.getDesiredOutcome(),
				teams.teamName(complaint.getTeamId()).orElse(null), complaint.getAssignee(),
				complaint.getAssignee() == null ? null
						: names.getOrDefault(complaint.getAssignee(), complaint.getAssignee()),
				complaint.getInquiryReference(), complaint.getInquiryCaseId(), complaint.getAcknowledgedAt(),
				teams.teamName(complaint.getForwardedTeamId()).orElse(null), complaint.getForwardQuestion(),
				complaint.getAnswerDueAt(), complaint.getProposal(), complaint.getProposedBy(),
				complaint.getProposedAt(), complaint.getReviewedBy(), complaint.getResolvedAt(),
				complaint.getClosedAt(), complaint.getReopenReason(), complaint.getVersion(), complaint.getCreatedAt(),
				complaint.getCreatedBy(), complaint.getUpdatedAt(), complaint.getUpdatedBy(), view, steps);
	}

}
