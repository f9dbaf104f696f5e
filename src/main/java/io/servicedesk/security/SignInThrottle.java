package io.servicedesk.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per username in the database, so the limit holds across every
 * node. After {@code maxFailures} failures within the window, the username is locked out
 * for the lockout period, even for the right password; a successful sign-in clears the
 * count.
 */
@Component
class SignInThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SignInThrottleProperties properties;

	SignInThrottle(JdbcClient jdbc, Clock clock, SignInThrottleProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * @return how long the username stays locked out, or empty when it may try to sign in
	 */
	@Transactional(readOnly = true)
	Optional<Duration> lockedFor(String username) {
		Instant now = clock.instant();
		return jdbc.sql("select locked_until from sign_in_throttle where username = :username")
			.param("username", key(username))
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.filter(until -> until.isAfter(now))
			.map(until -> Duration.between(now, until));
	}

	@Transactional
	void recordFailure(String username) {
		Instant now = clock.instant();
		Timestamp windowStart = Timestamp.from(now.minus(properties.window()));
		jdbc.sql("""
				insert into sign_in_throttle (username, failures, window_started_at, locked_until)
				values (:username, 1, :now, case when 1 >= :max then cast(:lockedUntil as timestamptz) end)
				on conflict (username) do update set
				  failures = case when sign_in_throttle.window_started_at < cast(:windowStart as timestamptz) then 1
				                  else sign_in_throttle.failures + 1 end,
				  window_started_at = case when sign_in_throttle.window_started_at < cast(:windowStart as timestamptz)
				                           then cast(:now as timestamptz)
				                           else sign_in_throttle.window_started_at end,
				  locked_until = case
				    when (case when sign_in_throttle.window_started_at < cast(:windowStart as timestamptz) then 1
				               else sign_in_throttle.failures + 1 end) >= :max
				      then greatest(sign_in_throttle.locked_until, cast(:lockedUntil as timestamptz))
				    else sign_in_throttle.locked_until end
				""")
			.param("username", key(username))
			.param("now", Timestamp.from(now))
			.param("windowStart", windowStart)
			.param("max", properties.maxFailures())
			.param("lockedUntil", Timestamp.from(now.plus(properties.lockout())))
			.update();
	}

	@Transactional
	void recordSuccess(String username) {
		jdbc.sql("delete from sign_in_throttle where username = :username").param("username", key(username)).update();
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
