package io.servicedesk.account;

import java.time.Instant;

/**
 * An account was opened (it starts PENDING until its checklist is complete).
 */
public record AccountOpened(long clientId, String accountNumber, String actor, Instant occurredAt, String type,
		String currency) implements AccountEvent {

	@Override
	public String detail() {
		return type + " " + currency;
	}

}
