package io.servicedesk.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
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
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.sla.Priority;
import io.servicedesk.sla.SlaView;
import io.servicedesk.survey.SurveyRequest;
import io.servicedesk.survey.Surveys;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.staff.TeamDirectory;

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

	private final CaseQueues queues;

	private final ClientService clients;

	private final CaseClients caseClients;

	private final CaseLinks links;

	private final CaseAssignment assignment;

	private final CategoryCatalogue categories;

	private final TeamDirectory teams;

	private final AuditLog auditLog;

	private final Clock clock;

	private final Surveys surveys;

	InquiryService(InquiryRepository inquiries, CaseIdempotency idempotency, CaseAccess access, CaseSla sla,
			CaseTimeline timeline, CaseQueues queues, ClientService clients, CaseClients caseClients, CaseLinks links,
			CaseAssignment assignment, CategoryCatalogue categories, TeamDirectory teams, AuditLog auditLog,
			Clock clock, Surveys surveys) {
		this.inquiries = inquiries;
		this.idempotency = idempotency;
		this.access = access;
		this.sla = sla;
		this.timeline = timeline;
		this.queues = queues;
		this.clients = clients;
		this.caseClients = caseClients;
		this.links = links;
		this.assignment = assignment;
		this.categories = categories;
		this.teams = teams;
		this.auditLog = auditLog;
		this.clock = clock;
		this.surveys = surveys;
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
		auditLog.record(AuditRecord.of(viewer.username(), "inquiry.created", "inquiry", reference)
			.change(null, "client=" + client.number() + ", priority=" + inquiry.getPriority() + ", channel="
					+ inquiry.getChannel()));
		return details(inquiry, view);
	}

	/**
	 * {@link #create} for integrations: the same {@code idempotencyKey} of the same
	 * caller within 24 hours returns the inquiry created first and records nothing new.
	 */
	@Transactional
	public CaseIdempotency.Once<InquiryDetails> createOnce(NewInquiry request, Viewer viewer, String idempotencyKey) {
		return idempotency.once(CaseKind.INQUIRY, viewer.username(), idempotencyKey, request,
				() -> create(request, viewer), InquiryDetails::reference, earlier -> {
					Inquiry inquiry = load(earlier);
					return details(inquiry, sla.view(inquiry).orElse(null));
				});
	}

	@Transactional(readOnly = true)
	public InquiryDetails get(String reference, Viewer viewer) {
		Inquiry inquiry = accessible(reference, viewer);
		return details(inquiry, sla.view(inquiry).orElse(null));
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
		if (visibility == Visibility.INTERNAL) {
			inquiry.addNote(viewer.username(), now);
			timeline.record(inquiry, CaseEntryKind.NOTE, null, text, null, viewer.username(), now);
		}
		else {
			InquiryStatus before = inquiry.status();
			ClockChange change = inquiry.replyToClient(viewer.username(), now);
			ClientDetails client = clients.get(clients.ref(inquiry.getClientId()).number());
			String channel = client.preferredChannel() != null ? client.preferredChannel().name()
					: inquiry.getChannel().name();
			timeline.record(inquiry, CaseEntryKind.MESSAGE_OUT, channel, text, null, viewer.username(), now);
			statusEntry(inquiry, before, viewer.username(), now);
			sla.apply(inquiry, change, now);
		}
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
		statusEntry(inquiry, before, viewer.username(), now);
		sla.apply(inquiry, change, now);
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
		CaseAssignment.Target target = assignment.target(inquiry, assignee, team);
		String before = assignment.describe(inquiry);
		Instant now = clock.instant();
		if (inquiry.assign(target.teamId(), target.assignee(), viewer.username(), now)) {
			String after = assignment.describe(inquiry);
			timeline.record(inquiry, CaseEntryKind.ASSIGNED, null, null, after, viewer.username(), now);
			auditLog.record(AuditRecord.of(viewer.username(), "inquiry.assigned", "inquiry", inquiry.getReference())
				.change(before, after));
		}
		return saved(inquiry);
	}

	/** Moves the inquiry along its lifecycle; resolving needs a summary. */
	@Transactional
	public InquiryDetails changeStatus(String reference, Viewer viewer, InquiryStatus to, String resolution,
			Long expectedVersion) {
		Inquiry inquiry = accessible(reference, viewer);
		inquiry.requireVersion(expectedVersion);
		Instant now = clock.instant();
		InquiryStatus before = inquiry.status();
		ClockChange change = inquiry.changeStatus(to, resolution, viewer.username(), now);
		timeline.record(inquiry, CaseEntryKind.STATUS_CHANGED, null,
				to == InquiryStatus.RESOLVED ? inquiry.getResolutionSummary() : null, before + " → " + to,
				viewer.username(), now);
		auditLog.record(AuditRecord.of(viewer.username(), "inquiry.status-changed", "inquiry", inquiry.getReference())
			.change(before, to));
		sla.apply(inquiry, change, now);
		if (to == InquiryStatus.RESOLVED) {
			inviteToSurvey(inquiry);
		}
		return saved(inquiry);
	}

	/**
	 * The client is asked how satisfied they are, in their language, once per resolution.
	 */
	private void inviteToSurvey(Inquiry inquiry) {
		SupportedLanguage language = clients.get(clients.ref(inquiry.getClientId()).number()).preferredLanguage();
		surveys.invite(new SurveyRequest("INQUIRY", inquiry.getReference(), inquiry.getClientId(), language));
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
			auditLog
				.record(AuditRecord.of(viewer.username(), "inquiry.priority-changed", "inquiry", inquiry.getReference())
					.change(before, priority));
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

	private void statusEntry(Inquiry inquiry, InquiryStatus before, String actor, Instant at) {
		if (inquiry.status() != before) {
			timeline.record(inquiry, CaseEntryKind.STATUS_CHANGED, null, null, before + " → " + inquiry.status(), actor,
					at);
			auditLog.record(AuditRecord.of(actor, "inquiry.status-changed", "inquiry", inquiry.getReference())
				.change(before, inquiry.status()));
		}
	}

	private static String requireBody(String body) {
		if (body == null || body.isBlank()) {
			throw new RuleViolationException("case.message.required");
		}
		return body.strip();
	}

	private InquiryDetails saved(Inquiry inquiry) {
		inquiries.flush();
		return details(inquiry, sla.view(inquiry).orElse(null));
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

	private InquiryDetails details(Inquiry inquiry, SlaView view) {
		Map<String, String> names = teams
			.displayNames(java.util.stream.Stream.of(inquiry.getAssignee(), inquiry.getUpdatedBy())
				.filter(java.util.Objects::nonNull)
				.distinct()
				.toList());
		return new InquiryDetails(inquiry.getId(), inquiry.getReference(), inquiry.status(), inquiry.getPriority(),
				inquiry.getCategoryCode(), inquiry.getChannel(), inquiry.getSubject(),
				clients.ref(inquiry.getClientId()), inquiry.getAccountNumber(), inquiry.getOrderNumber(),
				teams.teamName(inquiry.getTeamId()).orElse(null), inquiry.getAssignee(),
				inquiry.getAssignee() == null ? null : names.getOrDefault(inquiry.getAssignee(), inquiry.getAssignee()),
				inquiry.getVersion(), inquiry.getCreatedAt(), inquiry.getCreatedBy(), inquiry.getUpdatedAt(),
				inquiry.getUpdatedBy(), names.getOrDefault(inquiry.getUpdatedBy(), inquiry.getUpdatedBy()),
				inquiry.getResolutionSummary(), inquiry.getResolvedAt(), inquiry.getClosedAt(), view);
	}

}
