package io.servicedesk.account;

import java.time.Instant;

/**
 * Every item of the opening checklist was ticked and the account became active.
 */
public record AccountActivated(long clientId, String accountNumber, String actor,
		Instant occurredAt) implements AccountEvent {

	@Override
	public String detail() {
		return null;
	}

}
