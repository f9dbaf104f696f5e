package io.servicedesk.inquiry;

import java.time.Clock;
import java.time.Instant;

import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseSteps;
import io.servicedesk.casework.CaseTimeline;
import io.servicedesk.casework.ClockChange;
import io.servicedesk.casework.Viewer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An inquiry escalated into a complaint, for the complaint module: what the complaint
 * takes over, and the inquiry's side of the escalation.
 */
@Service
public class InquiryEscalation {

	private final InquiryFiles files;

	private final CaseTimeline timeline;

	private final CaseSteps steps;

	private final Clock clock;

	InquiryEscalation(InquiryFiles files, CaseTimeline timeline, CaseSteps steps, Clock clock) {
		this.files = files;
		this.timeline = timeline;
		this.steps = steps;
		this.clock = clock;
	}

	/**
	 * The inquiry as the complaint it is escalated into takes it over, for a staff member
	 * who may work on it.
	 */
	@Transactional(readOnly = true)
	public EscalatedInquiry escalation(String reference, Viewer viewer) {
		Inquiry inquiry = files.accessible(reference, viewer);
		return new EscalatedInquiry(inquiry.getId(), inquiry.getReference(), inquiry.getClientId(),
				inquiry.getChannel(), inquiry.getSubject(), inquiry.getPriority(), inquiry.getAccountNumber(),
				inquiry.getOrderNumber(), inquiry.getTeamId());
	}

	/**
	 * The inquiry was escalated into this complaint: it links to the complaint, an
	 * inquiry not yet resolved is resolved as escalated with its clock stopped (no
	 * survey: the complaint's resolution invites the client), and its timeline names the
	 * complaint with the reason; a closed or already escalated inquiry is refused.
	 */
	@Transactional
	public void escalated(String reference, String complaintReference, String reason, Viewer viewer) {
		Inquiry inquiry = files.accessible(reference, viewer);
		Instant now = clock.instant();
		InquiryStatus before = inquiry.status();
		ClockChange change = inquiry.escalate(complaintReference, reason, viewer.username(), now);
		if (change != ClockChange.NONE) {
			files.stepTaken(inquiry, before, change, null, viewer.username(), now);
		}
		timeline.record(inquiry, CaseEntryKind.NOTE, null, reason.strip(), "escalated:" + complaintReference,
				viewer.username(), now);
		steps.audit(inquiry, "inquiry.escalated", null, "complaint=" + complaintReference, viewer.username());
	}

}
