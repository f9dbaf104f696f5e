package io.servicedesk.complaint;

import java.time.Instant;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.CaseState;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientRef;
import io.servicedesk.shared.Money;
import io.servicedesk.shared.Priority;
import io.servicedesk.sla.SlaView;

/**
 * A complaint as its page and the API show it, with its SLA block and the steps the
 * viewer may take now.
 */
public record ComplaintDetails(long id, String reference, ComplaintStatus status, Priority priority, Severity severity,
		String categoryCode, CaseChannel channel, String subject, ClientRef client, String clientLanguage,
		String accountNumber, String orderNumber, Money amountClaimed, String desiredOutcome, String team,
		String assignee, String assigneeName, String inquiryReference, Long inquiryCaseId, Instant acknowledgedAt,
		String forwardedTeam, String forwardQuestion, Instant answerDueAt, ProposedResolution proposal,
		String proposedBy, Instant proposedAt, String reviewedBy, Instant resolvedAt, Instant closedAt,
		String reopenReason, long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
		SlaView sla, Steps steps) {

	static ComplaintDetails of(Complaint complaint, CaseState state, ClientDetails client, String forwardedTeam,
			Steps steps) {
		return new ComplaintDetails(complaint.getId(), complaint.getReference(), complaint.status(),
				complaint.getPriority(), complaint.getSeverity(), complaint.getCategoryCode(), complaint.getChannel(),
				complaint.getSubject(), client.ref(), client.preferredLanguage().tag(), complaint.getAccountNumber(),
				complaint.getOrderNumber(), complaint.getAmountClaimed(), complaint.getDesiredOutcome(), state.team(),
				complaint.getAssignee(), state.assigneeName(), complaint.getInquiryReference(),
				complaint.getInquiryCaseId(), complaint.getAcknowledgedAt(), forwardedTeam,
				complaint.getForwardQuestion(), complaint.getAnswerDueAt(), complaint.getProposal(),
				complaint.getProposedBy(), complaint.getProposedAt(), complaint.getReviewedBy(),
				complaint.getResolvedAt(), complaint.getClosedAt(), complaint.getReopenReason(), complaint.getVersion(),
				complaint.getCreatedAt(), complaint.getCreatedBy(), complaint.getUpdatedAt(), complaint.getUpdatedBy(),
				state.sla(), steps);
	}

	/** The steps the viewer may take on the complaint as it stands. */
	public record Steps(boolean acknowledge, boolean investigate, boolean forward, boolean recordFinding,
			boolean propose, boolean review, boolean close, boolean reopen) {
	}

}
