package io.servicedesk.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling. Per username: from {@code maxFailures} failures within the window
 * on, each further failure makes the username wait longer before the next attempt — the
 * first delay, doubled each time, never more than {@code lockout}. Per network address:
 * {@code addressMaxFailures} failures within the window, whatever the usernames, stop
 * that address until the window has passed.
 */
@ConfigurationProperties("servicedesk.security.sign-in")
record SignInThrottleProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
		@DefaultValue("15m") Duration lockout, @DefaultValue("1m") Duration firstDelay,
		@DefaultValue("20") int addressMaxFailures) {
}
