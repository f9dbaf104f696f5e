package io.servicedesk.account;

import java.time.Instant;

/**
 * A suspended account became active again.
 */
public record AccountReactivated(long clientId, String accountNumber, String actor,
		Instant occurredAt) implements AccountEvent {

	@Override
	public String detail() {
		return null;
	}

}
