package io.servicedesk.casework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.sla.CaseKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code Idempotency-Key}s of case creation through the API: the same key of the same
 * caller for the same kind of case within {@link #KEPT} returns the case created first
 * and creates nothing new. The key is claimed in the creating transaction, so a second
 * request with the same key waits for the first and then finds its case; a key older than
 * {@link #KEPT} is free again. A key sent again with a different request is refused.
 */
@Service
public class CaseIdempotency {

	static final Duration KEPT = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final Clock clock;

	CaseIdempotency(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Creates a case with {@code create}, once per key: a key seen before returns the
	 * earlier case through {@code earlier} (given its reference). Without a key every
	 * call creates.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <T> Once<T> once(CaseKind kind, String username, String idempotencyKey, Object request, Supplier<T> create,
			Function<T, String> referenceOf, Function<String, T> earlier) {
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			return new Once<>(create.get(), false);
		}
		String key = idempotencyKey.strip();
		String fingerprint = fingerprint(request);
		Optional<String> reference = claim(kind, username, key, clock.instant());
		if (reference.isPresent()) {
			requireSameRequest(kind, username, key, fingerprint);
			return new Once<>(earlier.apply(reference.get()), true);
		}
		jdbc.sql("""
				insert into case_idempotency_fingerprint (kind, username, idempotency_key, request_hash)
				values (:kind, :username, :key, :hash)
				on conflict (kind, username, idempotency_key) do update set request_hash = excluded.request_hash
				""")
			.param("kind", kind.name())
			.param("username", username)
			.param("key", key)
			.param("hash", fingerprint)
			.update();
		T created = create.get();
		jdbc.sql("update case_idempotency_key set reference = :reference where kind = :kind and username = :username "
				+ "and idempotency_key = :key")
			.param("reference", referenceOf.apply(created))
			.param("kind", kind.name())
			.param("username", username)
			.param("key", key)
			.update();
		return new Once<>(created, false);
	}

	/**
	 * A key is one request: sent again with something else, it is refused (422) rather
	 * than answered with a case the caller did not ask for.
	 */
	private void requireSameRequest(CaseKind kind, String username, String key, String fingerprint) {
		Optional<String> first = jdbc.sql("""
				select request_hash from case_idempotency_fingerprint
				where kind = :kind and username = :username and idempotency_key = :key
				""")
			.param("kind", kind.name())
			.param("username", username)
			.param("key", key)
			.query(String.class)
			.optional();
		if (first.isPresent() && !first.get().equals(fingerprint)) {
			throw new RuleViolationException("idempotency.key-reused", key);
		}
	}

	/**
	 * The request as its record's text (every field by name and value, the same on every
	 * node), hashed.
	 */
	static String fingerprint(Object request) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(String.valueOf(request).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The result of an idempotent create: the case, and whether an earlier request
	 * created it.
	 */
	public record Once<T>(T value, boolean replayed) {
	}

	private Optional<String> claim(CaseKind kind, String username, String key, Instant now) {
		int expired = jdbc
			.sql("delete from case_idempotency_key where kind = :kind and username = :username "
					+ "and idempotency_key = :key and created_at < :expired")
			.param("kind", kind.name())
			.param("username", username)
			.param("key", key)
			.param("expired", Timestamp.from(now.minus(KEPT)))
			.update();
		if (expired > 0) {
			jdbc.sql("delete from case_idempotency_fingerprint where kind = :kind and username = :username "
					+ "and idempotency_key = :key")
				.param("kind", kind.name())
				.param("username", username)
				.param("key", key)
				.update();
		}
		int claimed = jdbc
			.sql("insert into case_idempotency_key (kind, username, idempotency_key, created_at) "
					+ "values (:kind, :username, :key, :now) on conflict do nothing")
			.param("kind", kind.name())
			.param("username", username)
			.param("key", key)
			.param("now", Timestamp.from(now))
			.update();
		if (claimed == 1) {
			return Optional.empty();
		}
		return jdbc
			.sql("select reference from case_idempotency_key where kind = :kind and username = :username "
					+ "and idempotency_key = :key")
			.param("kind", kind.name())
			.param("username", username)
			.param("key", key)
			.query(String.class)
			.optional();
	}

}
