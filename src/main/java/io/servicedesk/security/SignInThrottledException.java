package io.servicedesk.security;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused because the username has too many recent failures.
 */
class SignInThrottledException extends LockedException {

	private final Duration retryAfter;

	SignInThrottledException(Duration retryAfter) {
		super("Too many failed sign-ins; try again later");
		this.retryAfter = retryAfter;
	}

	long minutesToWait() {
		return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
	}

}
