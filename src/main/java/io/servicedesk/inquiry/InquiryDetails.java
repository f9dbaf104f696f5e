package io.servicedesk.inquiry;

import java.time.Instant;
import java.util.Set;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.client.ClientRef;
import io.servicedesk.shared.Priority;
import io.servicedesk.sla.SlaView;

/**
 * An inquiry as its page and the API show it, with its SLA block and the statuses it may
 * move to.
 *
 * @param updatedBy the username of whoever changed it last
 * @param mergedInto the inquiry this one was merged into ({@code null}: none); it carries
 * on with this one's messages
 */
public record InquiryDetails(long id, String reference, InquiryStatus status, Priority priority, String categoryCode,
		CaseChannel channel, String subject, ClientRef client, String accountNumber, String orderNumber, String team,
		String assignee, String assigneeName, long version, Instant createdAt, String createdBy, Instant updatedAt,
		String updatedBy, String updatedByName, String resolutionSummary, Instant resolvedAt, Instant closedAt,
		SlaView sla, String escalatedTo, String mergedInto) {

	/**
	 * The statuses the inquiry may move to next; one escalated into a complaint is not
	 * reopened (the complaint carries the matter on).
	 */
	public Set<InquiryStatus> nextStatuses() {
		if (escalatedTo == null) {
			return status.next();
		}
		Set<InquiryStatus> next = java.util.EnumSet.noneOf(InquiryStatus.class);
		next.addAll(status.next());
		next.remove(InquiryStatus.OPEN);
		return next;
	}

}
