package io.servicedesk.inquiry;

import java.time.Instant;
import java.util.Locale;

import io.servicedesk.casework.CaseAccess;
import io.servicedesk.casework.CaseState;
import io.servicedesk.casework.CaseSteps;
import io.servicedesk.casework.ClockChange;
import io.servicedesk.casework.Viewer;
import io.servicedesk.client.ClientService;
import io.servicedesk.sla.SlaView;

import org.springframework.stereotype.Component;

/**
 * The inquiries a staff member may see and change, loaded by reference and shown as
 * {@link InquiryDetails}; and what every step on one records besides its own lines.
 */
@Component
class InquiryFiles {

	private final InquiryRepository inquiries;

	private final CaseAccess access;

	private final CaseSteps steps;

	private final ClientService clients;

	InquiryFiles(InquiryRepository inquiries, CaseAccess access, CaseSteps steps, ClientService clients) {
		this.inquiries = inquiries;
		this.access = access;
		this.steps = steps;
		this.clients = clients;
	}

	/**
	 * An inquiry the viewer may change, as of the version they saw ({@code null}: any).
	 */
	Inquiry editable(String reference, Viewer viewer, Long expectedVersion) {
		Inquiry inquiry = accessible(reference, viewer);
		inquiry.requireVersion(expectedVersion);
		return inquiry;
	}

	Inquiry accessible(String reference, Viewer viewer) {
		Inquiry inquiry = load(reference);
		access.requireAccess(viewer, inquiry);
		return inquiry;
	}

	Inquiry load(String reference) {
		return inquiries.findByReference(normalise(reference))
			.orElseThrow(() -> new InquiryNotFoundException(reference));
	}

	static String normalise(String reference) {
		return reference == null ? "" : reference.strip().toUpperCase(Locale.ROOT);
	}

	/** A step's status line and clock change; a move of status is audited. */
	void stepTaken(Inquiry inquiry, InquiryStatus before, ClockChange change, String body, String actor, Instant at) {
		if (steps.taken(inquiry, before, change, body, actor, at)) {
			steps.audit(inquiry, "inquiry.status-changed", before, inquiry.status(), actor);
		}
	}

	/** The inquiry after a step, written first so that it shows its new version. */
	InquiryDetails saved(Inquiry inquiry) {
		return details(inquiry, steps.saved(inquiry));
	}

	InquiryDetails details(Inquiry inquiry) {
		return details(inquiry, steps.state(inquiry));
	}

	/** A new inquiry with its SLA clock as it started. */
	InquiryDetails details(Inquiry inquiry, SlaView started) {
		return details(inquiry, steps.state(inquiry, started));
	}

	private InquiryDetails details(Inquiry inquiry, CaseState state) {
		return new InquiryDetails(inquiry.getId(), inquiry.getReference(), inquiry.status(), inquiry.getPriority(),
				inquiry.getCategoryCode(), inquiry.getChannel(), inquiry.getSubject(),
				clients.ref(inquiry.getClientId()), inquiry.getAccountNumber(), inquiry.getOrderNumber(), state.team(),
				inquiry.getAssignee(), state.assigneeName(), inquiry.getVersion(), inquiry.getCreatedAt(),
				inquiry.getCreatedBy(), inquiry.getUpdatedAt(), inquiry.getUpdatedBy(), state.updatedByName(),
				inquiry.getResolutionSummary(), inquiry.getResolvedAt(), inquiry.getClosedAt(), state.sla(),
				inquiry.getEscalatedTo(), inquiry.getMergedInto());
	}

}
