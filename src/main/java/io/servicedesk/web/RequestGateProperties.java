package io.servicedesk.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code servicedesk.requests.*}: how many requests the application serves at once
 * ({@code concurrency}; by default half the connection pool, so that a request holding
 * two connections at once, or the background jobs, cannot leave the others without one),
 * and how long a request may wait for its turn before it is answered 503
 * ({@code queue-timeout}).
 */
@ConfigurationProperties("servicedesk.requests")
record RequestGateProperties(Integer concurrency, Duration queueTimeout) {

	RequestGateProperties {
		queueTimeout = queueTimeout == null ? Duration.ofSeconds(30) : queueTimeout;
	}

	/** The places of the gate: the configured concurrency, else half the pool's size. */
	int places(int poolSize) {
		return concurrency != null ? concurrency : Math.max(1, poolSize / 2);
	}

}
