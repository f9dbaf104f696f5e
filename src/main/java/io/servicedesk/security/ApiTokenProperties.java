package io.servicedesk.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The longest a personal API token may be valid; its owner chooses up to this at
 * creation.
 */
@ConfigurationProperties("servicedesk.security.api-tokens")
record ApiTokenProperties(@DefaultValue("90d") Duration maxLifetime) {

	long maxDays() {
		return Math.max(1, maxLifetime.toDays());
	}

}
