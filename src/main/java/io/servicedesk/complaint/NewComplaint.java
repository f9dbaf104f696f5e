package io.servicedesk.complaint;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.NewClientContact;
import io.servicedesk.shared.Money;
import io.servicedesk.shared.Priority;

/**
 * A complaint as it is registered directly: an existing client ({@code clientNumber}) or
 * a client known only by name and e-mail or phone ({@code newClient}, matched against
 * existing clients first), how it arrived, the client's words, and what only complaints
 * have.
 *
 * @param amountClaimed {@code null} when the client claims no money
 */
public record NewComplaint(String clientNumber, NewClientContact newClient, CaseChannel channel, String subject,
		String body, Priority priority, Severity severity, String categoryCode, String accountNumber,
		String orderNumber, Money amountClaimed, String desiredOutcome, boolean assignToMe) {

	/** A complaint of an existing client. */
	public NewComplaint(String clientNumber, CaseChannel channel, String subject, String body, Priority priority,
			Severity severity, String categoryCode, String accountNumber, String orderNumber, Money amountClaimed,
			String desiredOutcome, boolean assignToMe) {
		this(clientNumber, null, channel, subject, body, priority, severity, categoryCode, accountNumber, orderNumber,
				amountClaimed, desiredOutcome, assignToMe);
	}

}
