package io.servicedesk.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins for one username within the window lock that username out, and
 * for how long.
 */
@ConfigurationProperties("servicedesk.security.sign-in")
record SignInThrottleProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
		@DefaultValue("15m") Duration lockout) {
}
