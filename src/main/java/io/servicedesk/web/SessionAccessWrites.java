package io.servicedesk.web;

import java.time.Duration;

import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The session store writes a session's row when something of it changes, not on every
 * request. Spring Session stores the time of the last access with every request, which
 * made each page view an update of the row (and a write-ahead log flush at its commit).
 * The row's update here is a no-op in the database unless the session's id, its timeout
 * or its principal changed, or the stored last access is a minute old or older: a session
 * in use then expires at most a minute earlier than it would to the millisecond, which
 * its timeout of hours does not feel. Attributes are written as before, when they are
 * set.
 */
@Configuration(proxyBeanMethods = false)
class SessionAccessWrites {

	/** How old the stored last access may get before a request writes it again. */
	static final Duration PRECISION = Duration.ofMinutes(1);

	/**
	 * The same six parameters, in the same order, as Spring Session's own update: id,
	 * last access, timeout, expiry, principal, primary key.
	 */
	static final String UPDATE_SESSION_QUERY = """
			UPDATE %TABLE_NAME% S
			SET SESSION_ID = N.SESSION_ID, LAST_ACCESS_TIME = N.LAST_ACCESS_TIME,
				MAX_INACTIVE_INTERVAL = N.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = N.EXPIRY_TIME,
				PRINCIPAL_NAME = N.PRINCIPAL_NAME
			FROM (SELECT CAST(? AS VARCHAR) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME,
				CAST(? AS INTEGER) AS MAX_INACTIVE_INTERVAL, CAST(? AS BIGINT) AS EXPIRY_TIME,
				CAST(? AS VARCHAR) AS PRINCIPAL_NAME, CAST(? AS VARCHAR) AS PRIMARY_ID) N
			WHERE S.PRIMARY_ID = N.PRIMARY_ID
			AND (S.SESSION_ID <> N.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> N.MAX_INACTIVE_INTERVAL
				OR S.PRINCIPAL_NAME IS DISTINCT FROM N.PRINCIPAL_NAME
				OR N.LAST_ACCESS_TIME - S.LAST_ACCESS_TIME >= PRECISION_MILLIS)
			""".replace("PRECISION_MILLIS", Long.toString(PRECISION.toMillis()));

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionRowWrittenWhenChanged() {
		return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
	}

}
