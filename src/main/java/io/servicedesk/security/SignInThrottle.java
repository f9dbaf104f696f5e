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
 * Counts failed sign-ins in the database, so the limits hold across every node: per
 * username with a growing delay before the next attempt (see
 * {@link SignInThrottleProperties}), and per network address. A successful sign-in clears
 * the username's count; an address's count only ends with its window, so valid sign-ins
 * of one's own account cannot hide guesses at others.
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
	 * @return how long the username must wait before its next attempt, or empty when it
	 * may try now
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

	/**
	 * @return how long the address stays stopped, or empty when it may try now
	 */
	@Transactional(readOnly = true)
	Optional<Duration> addressBlockedFor(String address) {
		if (address == null) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		return jdbc.sql("""
				select window_started_at from sign_in_address_throttle
				where address = :address and failures >= :max and window_started_at > :windowStart
				""")
			.param("address", address)
			.param("max", properties.addressMaxFailures())
			.param("windowStart", Timestamp.from(now.minus(properties.window())))
			.query(Timestamp.class)
			.optional()
			.map(started -> Duration.between(now, started.toInstant().plus(properties.window())));
	}

	/**
	 * Counts a failure against the username (unless blank: nobody has such a name) and
	 * the address.
	 */
	@Transactional
	void recordFailure(String username, String address) {
		Instant now = clock.instant();
		Timestamp windowStart = Timestamp.from(now.minus(properties.window()));
		if (!key(username).isEmpty()) {
			recordUsernameFailure(username, now, windowStart);
		}
		if (address != null) {
			recordAddressFailure(address, now, windowStart);
		}
	}

	private void recordUsernameFailure(String username, Instant now, Timestamp windowStart) {
		Integer failures = jdbc.sql("""
				insert into sign_in_throttle (username, failures, window_started_at)
				values (:username, 1, :now)
				on conflict (username) do update set
				  failures = case when sign_in_throttle.window_started_at < cast(:windowStart as timestamptz) then 1
				                  else sign_in_throttle.failures + 1 end,
				  window_started_at = case when sign_in_throttle.window_started_at < cast(:windowStart as timestamptz)
				                           then cast(:now as timestamptz)
				                           else sign_in_throttle.window_started_at end
				returning failures
				""")
			.param("username", key(username))
			.param("now", Timestamp.from(now))
			.param("windowStart", windowStart)
			.query(Integer.class)
			.single();
		if (failures >= properties.maxFailures()) {
			jdbc.sql("update sign_in_throttle set locked_until = :until where username = :username")
				.param("until", Timestamp.from(now.plus(delayAfter(failures))))
				.param("username", key(username))
				.update();
		}
	}

	private void recordAddressFailure(String address, Instant now, Timestamp windowStart) {
		jdbc.sql(
				"""
						insert into sign_in_address_throttle (address, failures, window_started_at)
						values (:address, 1, :now)
						on conflict (address) do update set
						  failures = case when sign_in_address_throttle.window_started_at < cast(:windowStart as timestamptz)
						                  then 1 else sign_in_address_throttle.failures + 1 end,
						  window_started_at = case when sign_in_address_throttle.window_started_at < cast(:windowStart as timestamptz)
						                           then cast(:now as timestamptz)
						                           else sign_in_address_throttle.window_started_at end
						""")
			.param("address", address)
			.param("now", Timestamp.from(now))
			.param("windowStart", windowStart)
			.update();
	}

	/**
	 * The first delay at the limit, doubled with each further failure, at most the
	 * lockout.
	 */
	Duration delayAfter(int failures) {
		int doublings = Math.min(20, failures - properties.maxFailures());
		Duration delay = properties.firstDelay().multipliedBy(1L << doublings);
		return delay.compareTo(properties.lockout()) > 0 ? properties.lockout() : delay;
	}

	@Transactional
	void recordSuccess(String username) {
		jdbc.sql("delete from sign_in_throttle where username = :username").param("username", key(username)).update();
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

}
