package io.servicedesk.account;

import java.time.Instant;

/**
 * An account was closed for good, with the reason.
 */
public record AccountClosed(long clientId, String accountNumber, String actor, Instant occurredAt,
		String reason) implements AccountEvent {

	@Override
	public String detail() {
		return reason;
	}

}
