package io.servicedesk.inquiry;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code Idempotency-Key}s of inquiry creation: a key is claimed in the creating
 * transaction, so a second request with the same key waits for the first and then finds
 * its inquiry; a key older than {@link #KEPT} is free again.
 */
@Component
class InquiryIdempotency {

	static final Duration KEPT = Duration.ofHours(24);

	private final JdbcClient jdbc;

	InquiryIdempotency(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the key for a new inquiry, or returns the reference of the inquiry created
	 * with it within the last 24 hours.
	 */
	Optional<String> claim(String username, String key, Instant now) {
		jdbc.sql("delete from inquiry_idempotency_key where username = :username and idempotency_key = :key "
				+ "and created_at < :expired")
			.param("username", username)
			.param("key", key)
			.param("expired", Timestamp.from(now.minus(KEPT)))
			.update();
		int claimed = jdbc
			.sql("insert into inquiry_idempotency_key (username, idempotency_key, created_at) "
					+ "values (:username, :key, :now) on conflict do nothing")
			.param("username", username)
			.param("key", key)
			.param("now", Timestamp.from(now))
			.update();
		if (claimed == 1) {
			return Optional.empty();
		}
		return jdbc
			.sql("select reference from inquiry_idempotency_key where username = :username "
					+ "and idempotency_key = :key")
			.param("username", username)
			.param("key", key)
			.query(String.class)
			.optional();
	}

	void created(String username, String key, String reference) {
		jdbc.sql("update inquiry_idempotency_key set reference = :reference where username = :username "
				+ "and idempotency_key = :key")
			.param("reference", reference)
			.param("username", username)
			.param("key", key)
			.update();
	}

}
