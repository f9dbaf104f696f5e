package io.servicedesk.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.NotFoundException;
import io.servicedesk.shared.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a staff member creates them on the profile page and uses them as
 * {@code Authorization: Bearer …} on the API. The token is shown once; only its SHA-256
 * is stored (a long random token needs no slow hash: there is nothing to guess), with a
 * short prefix so its owner can recognise it. A token ends when it expires (its owner
 * chooses when, up to the configured maximum), when it is revoked, and when its owner's
 * access changes; it may be limited to reading.
 */
@Component
class ApiTokens {

	static final String TOKEN_PREFIX = "sdt_";

	static final int MAX_ACTIVE_TOKENS = 10;

	/**
	 * Writing the last use on every call would turn each API read into a write; once a
	 * minute is precise enough.
	 */
	private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditLog auditLog;

	private final ApiTokenProperties properties;

	ApiTokens(JdbcClient jdbc, Clock clock, AuditLog auditLog, ApiTokenProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.auditLog = auditLog;
		this.properties = properties;
	}

	/** The longest validity a new token may have, in days. */
	long maxDays() {
		return properties.maxDays();
	}

	record ApiToken(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
			Instant expiresAt, boolean readOnly) {

		public boolean isActive() {
			return revokedAt == null;
		}

		public boolean isExpired(Instant now) {
			return !expiresAt.isAfter(now);
		}

	}

	/** Whose token it is, and whether it may only read. */
	record TokenOwner(String username, boolean readOnly) {
	}

	record IssuedToken(ApiToken token, String secret) {
	}

	@Transactional(readOnly = true)
	List<ApiToken> tokensOf(String username) {
		return jdbc
			.sql("""
					select id, name, token_prefix, created_at, last_used_at, revoked_at, expires_at, read_only from api_token
					where staff_username = :username order by id desc limit 50
					""")
			.param("username", username)
			.query(ApiTokens::map)
			.list();
	}

	@Transactional
	IssuedToken create(String username, String name, long validDays, boolean readOnly) {
		String label = name == null ? "" : name.strip();
		if (label.isEmpty()) {
			throw new RuleViolationException("api-token.name.required");
		}
		if (validDays < 1 || validDays > maxDays()) {
			throw new RuleViolationException("api-token.lifetime", maxDays());
		}
		Integer active = jdbc.sql("""
				select count(*) from api_token
				where staff_username = :username and revoked_at is null and expires_at > :now
				""")
			.param("now", Timestamp.from(clock.instant()))
			.param("username", username)
			.query(Integer.class)
			.single();
		if (active >= MAX_ACTIVE_TOKENS) {
			throw new RuleViolationException("api-token.too-many", MAX_ACTIVE_TOKENS);
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		String prefix = secret.substring(0, TOKEN_PREFIX.length() + 6);
		Instant now = clock.instant();
		Instant expiresAt = now.plus(Duration.ofDays(validDays));
		long id = jdbc.sql("""
				insert into api_token (staff_username, name, token_hash, token_prefix, created_at, updated_at,
				                       expires_at, read_only)
				values (:username, :name, :hash, :prefix, :now, :now, :expiresAt, :readOnly) returning id
				""")
			.param("username", username)
			.param("name", label)
			.param("hash", hash(secret))
			.param("prefix", prefix)
			.param("now", Timestamp.from(now))
			.param("expiresAt", Timestamp.from(expiresAt))
			.param("readOnly", readOnly)
			.query(Long.class)
			.single();
		auditLog.record(AuditRecord.of(username, "api-token.created", "staff", username)
			.change(null, prefix + "… " + label + " (" + validDays + " d" + (readOnly ? ", read-only" : "") + ")"));
		return new IssuedToken(new ApiToken(id, label, prefix, now, null, null, expiresAt, readOnly), secret);
	}

	@Transactional
	void revoke(String username, long id) {
		ApiToken token = jdbc
			.sql("""
					select id, name, token_prefix, created_at, last_used_at, revoked_at, expires_at, read_only from api_token
					where id = :id and staff_username = :username
					""")
			.param("id", id)
			.param("username", username)
			.query(ApiTokens::map)
			.optional()
			.orElseThrow(() -> new ApiTokenNotFoundException(id));
		if (!token.isActive()) {
			throw new IllegalTransitionException("api-token.already-revoked", token.name());
		}
		jdbc.sql("update api_token set revoked_at = :now, updated_at = :now, version = version + 1 where id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
		auditLog.record(AuditRecord.of(username, "api-token.revoked", "staff", username)
			.change(token.prefix() + "… " + token.name(), null));
	}

	/**
	 * Revokes every active token of a person whose access changed (a password reset, a
	 * new role, deactivation): what a token could do was decided by what has changed.
	 */
	@Transactional
	void revokeAllOf(String username, String reason) {
		int revoked = jdbc.sql("""
				update api_token set revoked_at = :now, updated_at = :now, version = version + 1
				where staff_username = :username and revoked_at is null
				""").param("now", Timestamp.from(clock.instant())).param("username", username).update();
		if (revoked > 0) {
			auditLog.record(AuditRecord.of(AuditRecord.SYSTEM, "api-token.revoked-all", "staff", username)
				.change(revoked + " active", reason));
		}
	}

	/**
	 * @return the owner of the token when it exists, is not revoked and has not expired
	 */
	@Transactional
	Optional<TokenOwner> ownerOf(String secret) {
		if (secret == null || !secret.startsWith(TOKEN_PREFIX) || secret.length() > 200) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Optional<TokenOwner> owner = jdbc.sql("""
				update api_token set last_used_at = :now
				where token_hash = :hash and revoked_at is null and expires_at > :now
				  and (last_used_at is null or last_used_at < :stale)
				returning staff_username, read_only
				""")
			.param("now", Timestamp.from(now))
			.param("hash", hash(secret))
			.param("stale", Timestamp.from(now.minus(LAST_USE_PRECISION)))
			.query((row, n) -> new TokenOwner(row.getString("staff_username"), row.getBoolean("read_only")))
			.optional();
		if (owner.isPresent()) {
			return owner;
		}
		return jdbc.sql("""
				select staff_username, read_only from api_token
				where token_hash = :hash and revoked_at is null and expires_at > :now
				""")
			.param("hash", hash(secret))
			.param("now", Timestamp.from(now))
			.query((row, n) -> new TokenOwner(row.getString("staff_username"), row.getBoolean("read_only")))
			.optional();
	}

	static String hash(String secret) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ApiToken map(java.sql.ResultSet row, int number) throws java.sql.SQLException {
		return new ApiToken(row.getLong("id"), row.getString("name"), row.getString("token_prefix"),
				instant(row.getTimestamp("created_at")), instant(row.getTimestamp("last_used_at")),
				instant(row.getTimestamp("revoked_at")), instant(row.getTimestamp("expires_at")),
				row.getBoolean("read_only"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static class ApiTokenNotFoundException extends NotFoundException {

		ApiTokenNotFoundException(long id) {
			super("API token", String.valueOf(id));
		}

	}

}
