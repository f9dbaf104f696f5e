package io.servicedesk.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * One clock for the whole application, so that time-dependent rules can be tested with a
 * fixed clock. The creation and change instants of rows ({@link BaseEntity}, the client's
 * timeline) come from it too, through Spring Data's auditing.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "auditingInstants")
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

	@Bean
	DateTimeProvider auditingInstants(Clock clock) {
		return () -> Optional.of(Instant.now(clock));
	}

}
