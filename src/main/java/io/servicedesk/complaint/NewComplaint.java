package io.servicedesk.complaint;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.order.Money;
import io.servicedesk.sla.Priority;

/**
 * A complaint as it is registered directly: an existing client, how it arrived, the
 * client's words, and what only complaints have.
 *
 * @param amountClaimed {@code null} when the client claims no money
 */
public record NewComplaint(String clientNumber, CaseChannel channel, String subject, String body, Priority priority,
		Severity severity, String categoryCode, String accountNumber, String orderNumber, Money amountClaimed,
		String desiredOutcome, boolean assignToMe) {
}
