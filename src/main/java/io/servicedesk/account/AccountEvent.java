package io.servicedesk.account;

import java.time.Instant;

/**
 * A step in an account's life, for the client's timeline.
 */
public sealed interface AccountEvent
		permits AccountOpened, AccountActivated, AccountSuspended, AccountReactivated, AccountClosed {

	long clientId();

	String accountNumber();

	String actor();

	Instant occurredAt();

	/** A short factual text for the timeline ({@code null} when the kind says it all). */
	String detail();

}
