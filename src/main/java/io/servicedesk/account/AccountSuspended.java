package io.servicedesk.account;

import java.time.Instant;

/**
 * An active account was suspended, with the reason.
 */
public record AccountSuspended(long clientId, String accountNumber, String actor, Instant occurredAt,
		String reason) implements AccountEvent {

	@Override
	public String detail() {
		return reason;
	}

}
