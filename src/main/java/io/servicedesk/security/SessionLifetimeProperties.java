package io.servicedesk.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a signed-in session lasts at most, however active, and how long without a
 * person's own activity (the idle timeout is {@code spring.session.timeout}).
 */
@ConfigurationProperties("servicedesk.security.session")
record SessionLifetimeProperties(@DefaultValue("12h") Duration absoluteTimeout) {
}
