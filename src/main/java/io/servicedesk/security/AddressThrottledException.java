package io.servicedesk.security;

import java.time.Duration;

/**
 * A sign-in refused because its network address has too many recent failures, whatever
 * the usernames tried.
 */
class AddressThrottledException extends SignInThrottledException {

	AddressThrottledException(Duration retryAfter) {
		super(retryAfter);
	}

}
