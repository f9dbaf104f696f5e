package io.servicedesk.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.servicedesk.attachment.Upload;
import io.servicedesk.casework.CaseAccess;
import io.servicedesk.casework.CaseAssignment;
import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseEntryView;
import io.servicedesk.casework.CaseIdempotency;
import io.servicedesk.casework.CaseQueues;
import io.servicedesk.casework.CaseReply;
import io.servicedesk.casework.CaseSla;
import io.servicedesk.casework.CaseSteps;
import io.servicedesk.casework.CaseTimeline;
import io.servicedesk.casework.CaseWork;
import io.servicedesk.casework.ClockChange;
import io.servicedesk.casework.QueueCondition;
import io.servicedesk.casework.QueueCounts;
import io.servicedesk.casework.QueueFilter;
import io.servicedesk.casework.QueuePage;
import io.servicedesk.casework.ReplyRoute;
import io.servicedesk.casework.SentReply;
import io.servicedesk.casework.Viewer;
import io.servicedesk.casework.Visibility;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.shared.Priority;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inquiry module's public API: record inquiries, reply, note, assign, move them along
 * their lifecycle and list them. Every step is taken on an inquiry the staff member may
 * work on, based on the version they saw (when they say which), and answers the inquiry
 * as it is afterwards; {@link io.servicedesk.casework.CaseSteps} keeps the SLA clock in
 * step and writes the status line and the audit log. Recording is
 * {@link InquiryIntake}'s, the conversation with the client
 * {@link InquiryConversation}'s, the escalation into a complaint
 * {@link InquiryEscalation}'s, the merge of duplicates {@link InquiryMerge}'s.
 */
@Service
public class InquiryService implements CaseWork<InquiryDetails> {

	public static final String REFERENCE_PREFIX = "INQ-";

	private final InquiryFiles files;

	private final InquiryIntake intake;

	private final InquiryConversation conversation;

	private final CaseIdempotency idempotency;

	private final CaseAccess access;

	private final CaseSla sla;

	private final CaseTimeline timeline;

	private final CaseSteps steps;

	private final CaseQueues queues;

	private final CaseAssignment assignment;

	private final ClientService clients;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InquiryService(InquiryFiles files, InquiryIntake intake, InquiryConversation conversation,
			CaseIdempotency idempotency, CaseAccess access, CaseSla sla, CaseTimeline timeline, CaseSteps steps,
			CaseQueues queues, CaseAssignment assignment, ClientService clients, ApplicationEventPublisher events,
			Clock clock) {
		this.files = files;
		this.intake = intake;
		this.conversation = conversation;
		this.idempotency = idempotency;
		this.access = access;
		this.sla = sla;
		this.timeline = timeline;
		this.steps = steps;
		this.queues = queues;
		this.assignment = assignment;
		this.clients = clients;
		this.events = events;
		this.clock = clock;
	}

	/** Who is asking: one read of their staff row, in no transaction of its own. */
	public Viewer viewer(String username) {
		return access.viewer(username);
	}

	/**
	 * Records an inquiry; its SLA clock starts at once. It goes to the recording staff
	 * member's team.
	 */
	@Transactional
	public InquiryDetails create(NewInquiry request, Viewer viewer) {
		return intake.record(request, viewer);
	}

	/**
	 * {@link #create} for integrations: the same {@code idempotencyKey} of the same
	 * caller within 24 hours returns the inquiry created first and records nothing new.
	 */
	@Transactional
	public CaseIdempotency.Once<InquiryDetails> createOnce(NewInquiry request, Viewer viewer, String idempotencyKey) {
		return idempotency.once(CaseKind.INQUIRY, viewer.username(), idempotencyKey, request,
				() -> create(request, viewer), InquiryDetails::reference,
				earlier -> files.details(files.load(earlier)));
	}

	@Transactional(readOnly = true)
	public InquiryDetails get(String reference, Viewer viewer) {
		return files.details(files.accessible(reference, viewer));
	}

	@Transactional(readOnly = true)
	public List<CaseEntryView> timeline(InquiryDetails inquiry) {
		return timeline.entries(inquiry.id());
	}

	/**
	 * A message from staff: a public reply to the client, by e-mail where the client has
	 * an address (the first reply is the first response), or an internal note.
	 */
	@Transactional
	public InquiryDetails addMessage(String reference, Viewer viewer, String body, Visibility visibility,
			Long expectedVersion) {
		return visibility == Visibility.INTERNAL ? addNote(reference, viewer, body, expectedVersion)
				: reply(reference, viewer, body, null, expectedVersion).details();
	}

	/** An internal note: only staff see it, and it is never a response. */
	@Transactional
	public InquiryDetails addNote(String reference, Viewer viewer, String body, Long expectedVersion) {
		return addNote(reference, viewer, body, List.of(), expectedVersion);
	}

	/** {@link #addNote} with files. */
	@Transactional
	public InquiryDetails addNote(String reference, Viewer viewer, String body, List<Upload> uploads,
			Long expectedVersion) {
		Inquiry inquiry = files.editable(reference, viewer, expectedVersion);
		return files.saved(conversation.addNote(inquiry, viewer, body, uploads));
	}

	/**
	 * A reply to the client by the route chosen ({@code null}: by e-mail where the client
	 * has an address): queued as an e-mail, or recorded as said on the phone or in
	 * person. The first reply is the first response; a new inquiry is open from then on.
	 */
	@Transactional
	public CaseReply<InquiryDetails> reply(String reference, Viewer viewer, String body, ReplyRoute route,
			Long expectedVersion) {
		return reply(reference, viewer, body, route, List.of(), expectedVersion);
	}

	/** {@link #reply} with files: they go on the timeline and with the e-mail. */
	@Transactional
	public CaseReply<InquiryDetails> reply(String reference, Viewer viewer, String body, ReplyRoute route,
			List<Upload> uploads, Long expectedVersion) {
		Inquiry inquiry = files.editable(reference, viewer, expectedVersion);
		SentReply sent = conversation.reply(inquiry, viewer, body, route, uploads);
		return new CaseReply<>(files.saved(inquiry), sent);
	}

	/**
	 * The client's answer, as the agent records it, on the channel it came by
	 * ({@code null}: the inquiry's); on the phone it is logged as a call. A waiting
	 * inquiry opens again and its clock resumes, a resolved one is reopened.
	 */
	@Transactional
	public InquiryDetails recordClientAnswer(String reference, Viewer viewer, String body, CaseChannel channel,
			Long expectedVersion) {
		Inquiry inquiry = files.editable(reference, viewer, expectedVersion);
		return files.saved(conversation.recordClientAnswer(inquiry, viewer, body, channel));
	}

	/**
	 * Gives the inquiry to a person and/or a team. A person without a team named goes
	 * with their own team; a team without a person leaves the inquiry unassigned in that
	 * team's queue.
	 */
	@Transactional
	public InquiryDetails assign(String reference, Viewer viewer, String assignee, String team, Long expectedVersion) {
		Inquiry inquiry = files.editable(reference, viewer, expectedVersion);
		steps.assign(inquiry, assignment.target(inquiry, assignee, team), viewer.username(), clock.instant());
		return files.saved(inquiry);
	}

	/**
	 * Moves the inquiry to the status asked for (the page's and the API's status
	 * requests), by the step of its lifecycle that leads there; resolving needs a
	 * summary.
	 */
	@Transactional
	public InquiryDetails changeStatus(String reference, Viewer viewer, InquiryStatus to, String resolution,
			Long expectedVersion) {
		Inquiry inquiry = files.editable(reference, viewer, expectedVersion);
		Instant now = clock.instant();
		InquiryStatus before = inquiry.status();
		ClockChange change = inquiry.stepTo(to, resolution, viewer.username(), now);
		files.stepTaken(inquiry, before, change, to == InquiryStatus.RESOLVED ? inquiry.getResolutionSummary() : null,
				viewer.username(), now);
		if (to == InquiryStatus.RESOLVED) {
			events.publishEvent(new InquiryResolved(inquiry.getReference(), inquiry.getClientId(),
					inquiry.getResolutionSummary(), viewer.username(), now));
		}
		return files.saved(inquiry);
	}

	/**
	 * A new priority: the SLA targets are those of the new priority, measured from the
	 * inquiry's creation.
	 */
	@Transactional
	public InquiryDetails changePriority(String reference, Viewer viewer, Priority priority, Long expectedVersion) {
		Inquiry inquiry = files.editable(reference, viewer, expectedVersion);
		Instant now = clock.instant();
		Priority before = inquiry.getPriority();
		if (inquiry.changePriority(priority, viewer.username(), now)) {
			sla.priorityChanged(inquiry, now);
			timeline.record(inquiry, CaseEntryKind.PRIORITY_CHANGED, null, null, before + " → " + priority,
					viewer.username(), now);
			steps.audit(inquiry, "inquiry.priority-changed", before, priority, viewer.username());
		}
		return files.saved(inquiry);
	}

	@Transactional(readOnly = true)
	public QueuePage queue(Viewer viewer, QueueFilter filter, int limit, String after) {
		return queues.page(CaseKind.INQUIRY, viewer, filter, limit, after);
	}

	/**
	 * How many inquiries the queue shows in all, counted up to one more than {@code cap}.
	 */
	@Transactional(readOnly = true)
	public long count(Viewer viewer, QueueFilter filter, int cap) {
		return queues.count(CaseKind.INQUIRY, viewer, filter, QueueCondition.NONE, cap);
	}

	@Transactional(readOnly = true)
	public QueueCounts counts(Viewer viewer) {
		return queues.counts(CaseKind.INQUIRY, viewer);
	}

	/**
	 * The client's id for a client number typed into a filter; an unknown one matches
	 * nobody.
	 */
	@Transactional(readOnly = true)
	public Long clientIdFor(String clientNumber) {
		if (clientNumber == null || clientNumber.isBlank()) {
			return null;
		}
		return clients.find(clientNumber).map(ClientDetails::id).orElse(-1L);
	}

}
