package io.servicedesk.inquiry;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.shared.Priority;

/**
 * What an inquiry hands to the complaint it is escalated into: the complaint concerns the
 * same client, account and order, came by the same channel about the same subject, and
 * starts with the inquiry's priority and team.
 *
 * @param caseId the inquiry's case, whose conversation stays readable on the complaint
 * @param teamId the inquiry's team ({@code null}: not routed to a team yet)
 */
public record EscalatedInquiry(long caseId, String reference, long clientId, CaseChannel channel, String subject,
		Priority priority, String accountNumber, String orderNumber, Long teamId) {
}
