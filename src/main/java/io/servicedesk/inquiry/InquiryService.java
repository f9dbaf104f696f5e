package io.servicedesk.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.servicedesk.casework.CaseAccess;
import io.servicedesk.casework.CaseAssignment;
import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.CaseClients;
import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseEntryView;
import io.servicedesk.casework.CaseIdempotency;
import io.servicedesk.casework.CaseLinks;
import io.servicedesk.casework.CaseQueues;
import io.servicedesk.casework.CaseSla;
import io.servicedesk.casework.CaseState;
import io.servicedesk.casework.CaseSteps;
import io.servicedesk.casework.CaseTimeline;
import io.servicedesk.casework.ClockChange;
import io.servicedesk.casework.NewCase;
import io.servicedesk.casework.QueueCounts;
import io.servicedesk.casework.QueueFilter;
import io.servicedesk.casework.QueuePage;
import io.servicedesk.casework.Viewer;
import io.servicedesk.casework.Visibility;
import io.servicedesk.catalogue.CategoryCatalogue;
import io.servicedesk.catalogue.CategoryKind;
import io.servicedesk.catalogue.CategoryView;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.sla.Priority;
import io.servicedesk.sla.SlaView;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inquiry module's public API: record inquiries, reply, note, assign, move them along
 * their lifecycle and list them. Every step checks that the staff member may work on the
 * inquiry, that the change is based on the current version when the caller says which
 * version it saw, keeps the SLA clock in step, writes the timeline and the audit log.
 */
@Service
public class InquiryService {

	public static final String REFERENCE_PREFIX = "INQ-";

	private final InquiryRepository inquiries;

	private final CaseIdempotency idempotency;

	private final CaseAccess access;

	private final CaseSla sla;

	private final CaseTimeline timeline;

	private final CaseSteps steps;

	private final CaseQueues queues;

	private final ClientService clients;

	private final CaseClients caseClients;

	private final CaseLinks links;

	private final CaseAssignment assignment;

	private final CategoryCatalogue categories;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	InquiryService(InquiryRepository inquiries, CaseIdempotency idempotency, CaseAccess access, CaseSla sla,
			CaseTimeline timeline, CaseSteps steps, CaseQueues queues, ClientService clients, CaseClients caseClients,
			CaseLinks links, CaseAssignment assignment, CategoryCatalogue categories, Clock clock,
			ApplicationEventPublisher events) {
		this.inquiries = inquiries;
		this.idempotency = idempotency;
		this.access = access;
		this.sla = sla;
		this.timeline = timeline;
		this.steps = steps;
		this.queues = queues;
		this.clients = clients;
		this.caseClients = caseClients;
		this.links = links;
		this.assignment = assignment;
		this.categories = categories;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Viewer viewer(String username) {
		return access.viewer(username);
	}

	/**
	 * Records an inquiry; its SLA clock starts at once. It goes to the recording staff
	 * member's team.
	 */
	@Transactional
	public InquiryDetails create(NewInquiry request, Viewer viewer) {
		Instant now = clock.instant();
		ClientDetails client = caseClients.resolve(request.clientNumber(), request.newClient(), viewer.username());
		String categoryCode = null;
		Priority priority = request.priority();
		if (request.categoryCode() != null && !request.categoryCode().isBlank()) {
			CategoryView category = categories.findByCode(request.categoryCode())
				.filter(found -> found.kind() == CategoryKind.INQUIRY && found.active())
				.orElseThrow(() -> new RuleViolationException("inquiry.category.unknown", request.categoryCode()));
			categoryCode = category.code();
			if (priority == null && category.defaultPriority() != null) {
				priority = Priority.valueOf(category.defaultPriority().name());
			}
		}
		if (request.body() == null || request.body().isBlank()) {
			throw new RuleViolationException("inquiry.body.required");
		}
		String accountNumber = links.accountOf(client, request.accountNumber());
		String orderNumber = links.orderOf(client, request.orderNumber());
		String reference = REFERENCE_PREFIX + "%06d".formatted(inquiries.nextNumber());
		Inquiry inquiry = inquiries.save(new Inquiry(
				new NewCase(client.id(), request.channel(), request.subject(),
						priority == null ? Priority.NORMAL : priority, categoryCode, accountNumber, orderNumber,
						viewer.teamId(), request.assignToMe() ? viewer.username() : null),
				reference, viewer.username(), now));
		SlaView view = sla.start(inquiry, now);
		timeline.opened(inquiry, client.preferredLanguage().tag(), request.body().strip(), viewer.username(), now);
		inquiries.flush();
		steps.audit(inquiry, "inquiry.created", null, "client=" + client.number() + ", priority="
				+ inquiry.getPriority() + ", channel=" + inquiry.getChannel(), viewer.username());
		return details(inquiry, steps.state(inquiry, view));
	}

	/**
	 * {@link #create} for integrations: the same {@code idempotencyKey} of the same
	 * caller within 24 hours returns the inquiry created first and records nothing new.
	 */
	@Transactional
	public CaseIdempotency.Once<InquiryDetails> createOnce(NewInquiry request, Viewer viewer, String idempotencyKey) {
		return idempotency.once(CaseKind.INQUIRY, viewer.username(), idempotencyKey, () -> create(request, viewer),
				InquiryDetails::reference, earlier -> {
					Inquiry inquiry = load(earlier);
					return details(inquiry, steps.state(inquiry));
				});
	}

	@Transactional(readOnly = true)
	public InquiryDetails get(String reference, Viewer viewer) {
		Inquiry inquiry = accessible(reference, viewer);
		return details(inquiry, steps.state(inquiry));
	}

	@Transactional(readOnly = true)
	public List<CaseEntryView> timeline(InquiryDetails inquiry) {
		return timeline.entries(inquiry.id());
	}

	/**
	 * A message from staff: a public reply to the client (stored as outgoing
	 * correspondence on the client's preferred channel; the first one is the first
	 * response) or an internal note.
	 */
	@Transactional
	public InquiryDetails addMessage(String reference, Viewer viewer, String body, Visibility visibility,
			Long expectedVersion) {
		Inquiry inquiry = accessible(reference, viewer);
		inquiry.requireVersion(expectedVersion);
		String text = requireBody(body);
		Instant now = clock.instant();
		InquiryStatus before = inquiry.status();
		ClockChange change;
		if (visibility == Visibility.INTERNAL) {
			change = inquiry.addNote(viewer.username(), now);
			timeline.record(inquiry, CaseEntryKind.NOTE, null, text, null, viewer.username(), now);
		}
		else {
			change = inquiry.replyToClient(viewer.username(), now);
			ClientDetails client = clients.get(clients.ref(inquiry.getClientId()).number());
			String channel = client.preferredChannel() != null ? client.preferredChannel().name()
					: inquiry.getChannel().name();
			timeline.record(inquiry, CaseEntryKind.MESSAGE_OUT, channel, text, null, viewer.username(), now);
		}
		stepTaken(inquiry, before, change, null, viewer.username(), now);
		return saved(inquiry);
	}

	/**
	 * The client's answer, as the agent records it, on the channel it came by
	 * ({@code null}: the inquiry's); on the phone it is logged as a call. A waiting
	 * inquiry opens again and its clock resumes, a resolved one is reopened.
	 */
	@Transactional
	public InquiryDetails recordClientAnswer(String reference, Viewer viewer, String body, CaseChannel channel,
			Long expectedVersion) {
		Inquiry inquiry = accessible(reference, viewer);
		inquiry.requireVersion(expectedVersion);
		String text = requireBody(body);
		Instant now = clock.instant();
		InquiryStatus before = inquiry.status();
		ClockChange change = inquiry.clientAnswered(viewer.username(), now);
		CaseChannel via = channel == null ? inquiry.getChannel() : channel;
		timeline.record(inquiry, via == CaseChannel.PHONE ? CaseEntryKind.CALL : CaseEntryKind.MESSAGE_IN, via.name(),
				text, null, viewer.username(), now);
		stepTaken(inquiry, before, change, null, viewer.username(), now);
		return saved(inquiry);
	}

	/**
	 * Gives the inquiry to a person and/or a team. A person without a team named goes
	 * with their own team; a team without a person leaves the inquiry unassigned in that
	 * team's queue.
	 */
	@Transactional
	public InquiryDetails assign(String reference, Viewer viewer, String assignee, String team, Long expectedVersion) {
		Inquiry inquiry = accessible(reference, viewer);
		inquiry.requireVersion(expectedVersion);
		steps.assign(inquiry, assignment.target(inquiry, assignee, team), viewer.username(), clock.instant());
		return saved(inquiry);
	}

	/**
	 * Moves the inquiry to the status asked for (the page's and the API's status
	 * requests), by the step of its lifecycle that leads there; resolving needs a
	 * summary.
	 */
	@Transactional
	public InquiryDetails changeStatus(String reference, Viewer viewer, InquiryStatus to, String resolution,
			Long expectedVersion) {
		Inquiry inquiry = accessible(reference, viewer);
		inquiry.requireVersion(expectedVersion);
		Instant now = clock.instant();
		InquiryStatus before = inquiry.status();
		ClockChange change = transition(inquiry, to, resolution, viewer.username(), now);
		stepTaken(inquiry, before, change, to == InquiryStatus.RESOLVED ? inquiry.getResolutionSummary() : null,
				viewer.username(), now);
		if (to == InquiryStatus.RESOLVED) {
			events.publishEvent(new InquiryResolved(inquiry.getReference(), inquiry.getClientId(),
					inquiry.getResolutionSummary(), viewer.username(), now));
		}
		return saved(inquiry);
	}

	/**
	 * The step that takes the inquiry to the status asked for: OPEN reopens a resolved
	 * inquiry and otherwise takes it up; there is no step back to NEW.
	 */
	static ClockChange transition(Inquiry inquiry, InquiryStatus to, String summary, String by, Instant at) {
		return switch (to) {
			case OPEN -> inquiry.status() == InquiryStatus.RESOLVED ? inquiry.reopen(by, at) : inquiry.open(by, at);
			case WAITING_ON_CLIENT -> inquiry.waitForClient(by, at);
			case RESOLVED -> inquiry.resolve(summary, by, at);
			case CLOSED -> inquiry.close(by, at);
			case NEW -> throw new IllegalTransitionException("inquiry.status.refused", inquiry.getReference(),
					inquiry.status(), to);
		};
	}

	/**
	 * The inquiry as the complaint it is escalated into takes it over, for a staff member
	 * who may work on it.
	 */
	@Transactional(readOnly = true)
	public EscalatedInquiry escalation(String reference, Viewer viewer) {
		Inquiry inquiry = accessible(reference, viewer);
		return new EscalatedInquiry(inquiry.getId(), inquiry.getReference(), inquiry.getClientId(),
				inquiry.getChannel(), inquiry.getSubject(), inquiry.getPriority(), inquiry.getAccountNumber(),
				inquiry.getOrderNumber(), inquiry.getTeamId());
	}

	/**
	 * The inquiry was escalated into this complaint: its timeline names the complaint
	 * with the reason; a closed inquiry is refused.
	 */
	@Transactional
	public void escalated(String reference, String complaintReference, String reason, Viewer viewer) {
		Inquiry inquiry = accessible(reference, viewer);
		Instant now = clock.instant();
		inquiry.escalate(viewer.username(), now);
		timeline.record(inquiry, CaseEntryKind.NOTE, null, reason.strip(), "escalated:" + complaintReference,
				viewer.username(), now);
		steps.audit(inquiry, "inquiry.escalated", null, "complaint=" + complaintReference, viewer.username());
	}

	/**
	 * A new priority: the SLA targets are those of the new priority, measured from the
	 * inquiry's creation.
	 */
	@Transactional
	public InquiryDetails changePriority(String reference, Viewer viewer, Priority priority, Long expectedVersion) {
		Inquiry inquiry = accessible(reference, viewer);
		inquiry.requireVersion(expectedVersion);
		Instant now = clock.instant();
		Priority before = inquiry.getPriority();
		if (inquiry.changePriority(priority, viewer.username(), now)) {
			sla.priorityChanged(inquiry, now);
			timeline.record(inquiry, CaseEntryKind.PRIORITY_CHANGED, null, null, before + " → " + priority,
					viewer.username(), now);
			steps.audit(inquiry, "inquiry.priority-changed", before, priority, viewer.username());
		}
		return saved(inquiry);
	}

	@Transactional(readOnly = true)
	public QueuePage queue(Viewer viewer, QueueFilter filter, int limit, String after) {
		return queues.page(CaseKind.INQUIRY, viewer, filter, limit, after);
	}

	@Transactional(readOnly = true)
	public QueueCounts counts(Viewer viewer) {
		return queues.counts(CaseKind.INQUIRY, viewer);
	}

	/**
	 * The client's id for a client number typed into a filter; an unknown number matches
	 * nobody.
	 */
	@Transactional(readOnly = true)
	public Long clientIdFor(String clientNumber) {
		if (clientNumber == null || clientNumber.isBlank()) {
			return null;
		}
		return clients.find(clientNumber).map(ClientDetails::id).orElse(-1L);
	}

	/**
	 * A step's status line and clock change; a move of status is audited.
	 */
	private void stepTaken(Inquiry inquiry, InquiryStatus before, ClockChange change, String body, String actor,
			Instant at) {
		if (steps.taken(inquiry, before, change, body, actor, at)) {
			steps.audit(inquiry, "inquiry.status-changed", before, inquiry.status(), actor);
		}
	}

	private static String requireBody(String body) {
		if (body == null || body.isBlank()) {
			throw new RuleViolationException("case.message.required");
		}
		return body.strip();
	}

	private InquiryDetails saved(Inquiry inquiry) {
		return details(inquiry, steps.saved(inquiry));
	}

	private Inquiry accessible(String reference, Viewer viewer) {
		Inquiry inquiry = load(reference);
		access.requireAccess(viewer, inquiry);
		return inquiry;
	}

	private Inquiry load(String reference) {
		return inquiries.findByReference(normalise(reference))
			.orElseThrow(() -> new InquiryNotFoundException(reference));
	}

	static String normalise(String reference) {
		return reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
	}

	private InquiryDetails details(Inquiry inquiry, CaseState state) {
		return new InquiryDetails(inquiry.getId(), inquiry.getReference(), inquiry.status(), inquiry.getPriority(),
				inquiry.getCategoryCode(), inquiry.getChannel(), inquiry.getSubject(),
				clients.ref(inquiry.getClientId()), inquiry.getAccountNumber(), inquiry.getOrderNumber(), state.team(),
				inquiry.getAssignee(), state.assigneeName(), inquiry.getVersion(), inquiry.getCreatedAt(),
				inquiry.getCreatedBy(), inquiry.getUpdatedAt(), inquiry.getUpdatedBy(), state.updatedByName(),
				inquiry.getResolutionSummary(), inquiry.getResolvedAt(), inquiry.getClosedAt(), state.sla());
	}

}
