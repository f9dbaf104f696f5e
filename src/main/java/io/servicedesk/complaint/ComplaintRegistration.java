package io.servicedesk.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.servicedesk.casework.CaseClients;
import io.servicedesk.casework.CaseLinks;
import io.servicedesk.casework.CaseSla;
import io.servicedesk.casework.CaseSteps;
import io.servicedesk.casework.CaseTimeline;
import io.servicedesk.casework.NewCase;
import io.servicedesk.casework.Viewer;
import io.servicedesk.catalogue.CategoryCatalogue;
import io.servicedesk.catalogue.CategoryKind;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.inquiry.EscalatedInquiry;
import io.servicedesk.inquiry.InquiryEscalation;
import io.servicedesk.shared.Money;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.Priority;
import io.servicedesk.sla.SlaView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a complaint comes into being: registered directly, or escalated from an inquiry.
 * Either way its SLA clock starts at once, its timeline opens with the client's words (or
 * the reason for the escalation), and the registration is audited and announced.
 */
@Component
class ComplaintRegistration {

	private final ComplaintRepository complaints;

	private final CaseClients caseClients;

	private final CaseLinks links;

	private final CaseSla sla;

	private final CaseTimeline timeline;

	private final CaseSteps steps;

	private final ClientService clients;

	private final CategoryCatalogue categories;

	private final InquiryEscalation inquiries;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ComplaintRegistration(ComplaintRepository complaints, CaseClients caseClients, CaseLinks links, CaseSla sla,
			CaseTimeline timeline, CaseSteps steps, ClientService clients, CategoryCatalogue categories,
			InquiryEscalation inquiries, ApplicationEventPublisher events, Clock clock) {
		this.complaints = complaints;
		this.caseClients = caseClients;
		this.links = links;
		this.sla = sla;
		this.timeline = timeline;
		this.steps = steps;
		this.clients = clients;
		this.categories = categories;
		this.inquiries = inquiries;
		this.events = events;
		this.clock = clock;
	}

	/** A new complaint with its SLA clock as it started. */
	record Registered(Complaint complaint, SlaView sla) {
	}

	/** A complaint the staff member records; it goes to their team. */
	@Transactional
	Registered register(NewComplaint request, Viewer viewer) {
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
				categoryCode(request.categoryCode()), links.accountOf(client, request.accountNumber()),
				links.orderOf(client, request.orderNumber()), viewer.teamId(),
				request.assignToMe() ? viewer.username() : null);
		Complaint complaint = complaints.save(new Complaint(newCase, nextReference(), request.severity(),
				request.amountClaimed(), request.desiredOutcome(), null, viewer.username(), now));
		return opened(complaint, client, request.body(), viewer, now);
	}

	/**
	 * The inquiry becomes a complaint about the same matter, in the inquiry's team (or
	 * the staff member's, for an inquiry of no team), assigned to the staff member. The
	 * inquiry module refuses a closed inquiry; an inquiry escalated before is refused
	 * here.
	 */
	@Transactional
	Registered escalate(String inquiryReference, Viewer viewer, String reason, Severity severity, Money amountClaimed) {
		EscalatedInquiry inquiry = inquiries.escalation(inquiryReference, viewer);
		if (reason == null || reason.isBlank()) {
			throw new RuleViolationException("complaint.escalation.reason-required");
		}
		Optional<String> earlier = complaints.findReferenceByInquiryCaseId(inquiry.caseId());
		if (earlier.isPresent()) {
			throw new IllegalTransitionException("complaint.escalation.already", inquiry.reference(), earlier.get());
		}
		String reference = nextReference();
		inquiries.escalated(inquiry.reference(), reference, reason, viewer);
		Instant now = clock.instant();
		ClientDetails client = clients.get(clients.ref(inquiry.clientId()).number());
		NewCase newCase = new NewCase(client.id(), inquiry.channel(), inquiry.subject(), inquiry.priority(), null,
				inquiry.accountNumber(), inquiry.orderNumber(),
				inquiry.teamId() == null ? viewer.teamId() : inquiry.teamId(), viewer.username());
		Complaint complaint = complaints
			.save(new Complaint(newCase, reference, severity == null ? Severity.MINOR : severity, amountClaimed, null,
					new Complaint.EscalatedFrom(inquiry.caseId(), inquiry.reference()), viewer.username(), now));
		return opened(complaint, client, reason, viewer, now);
	}

	/**
	 * The code of an active complaint category ({@code null} for none); an unknown or
	 * inactive one is refused.
	 */
	String categoryCode(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return categories.findByCode(code.strip())
			.filter(found -> found.kind() == CategoryKind.COMPLAINT && found.active())
			.orElseThrow(() -> new RuleViolationException("complaint.category.unknown", code))
			.code();
	}

	private Registered opened(Complaint complaint, ClientDetails client, String words, Viewer viewer, Instant now) {
		SlaView view = sla.start(complaint, now);
		timeline.opened(complaint, client.preferredLanguage().tag(), words.strip(), viewer.username(), now);
		complaints.flush();
		steps.audit(complaint, "complaint.registered", null, "client=" + client.number() + ", severity="
				+ complaint.getSeverity() + ", priority=" + complaint.getPriority()
				+ (complaint.getInquiryReference() == null ? "" : ", inquiry=" + complaint.getInquiryReference()),
				viewer.username());
		events.publishEvent(new ComplaintRegistered(complaint.getReference(), client.id(), complaint.getSeverity(),
				complaint.getSubject(), complaint.getInquiryReference(), viewer.username(), now));
		return new Registered(complaint, view);
	}

	private static Priority defaultPriority(Severity severity) {
		return switch (severity) {
			case MINOR -> Priority.NORMAL;
			case MAJOR -> Priority.HIGH;
			case CRITICAL -> Priority.URGENT;
		};
	}

	private String nextReference() {
		return ComplaintService.REFERENCE_PREFIX + "%06d".formatted(complaints.nextNumber());
	}

}
