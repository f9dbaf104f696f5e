package io.servicedesk.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.staff.StaffAccessChanged;
import io.servicedesk.staff.StaffService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each staff member's second factor: the TOTP secret (encrypted in the database), ten
 * single-use recovery codes (only their SHA-256 kept), enrolment, checking a code, and an
 * administrator's reset. Wrong codes are counted per username like wrong passwords
 * ({@link SignInThrottle}), under a key of their own. Templates reach it as
 * {@code @secondFactors}.
 */
@Component("secondFactors")
public class SecondFactors {

	static final int RECOVERY_CODES = 10;

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final String THROTTLE_PREFIX = "second-factor:";

	private static final Logger log = LoggerFactory.getLogger(SecondFactors.class);

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditLog auditLog;

	private final SecondFactorProperties properties;

	private final SignInThrottle throttle;

	private final StaffService staffService;

	private final ApplicationEventPublisher events;

	private final SecondFactorPolicy policy;

	private volatile TextEncryptor encryptor;

	SecondFactors(JdbcClient jdbc, Clock clock, AuditLog auditLog, SecondFactorProperties properties,
			SignInThrottle throttle, StaffService staffService, ApplicationEventPublisher events,
			SecondFactorPolicy policy) {
		this.policy = policy;
		this.jdbc = jdbc;
		this.clock = clock;
		this.auditLog = auditLog;
		this.properties = properties;
		this.throttle = throttle;
		this.staffService = staffService;
		this.events = events;
	}

	/** Whether the person signs in with a second factor. */
	@Transactional(readOnly = true)
	public boolean isEnrolled(String username) {
		return jdbc.sql("select count(*) from staff_second_factor where staff_username = :username")
			.param("username", username)
			.query(Integer.class)
			.single() > 0;
	}

	/** Whether the person's role requires a second factor (the setting). */
	public boolean isRequiredFor(String username) {
		return staffService.findCredentials(username)
			.map(credentials -> policy.requiredFor(credentials.role()))
			.orElse(false);
	}

	@Transactional(readOnly = true)
	public int recoveryCodesLeft(String username) {
		return jdbc.sql("select count(*) from staff_recovery_code where staff_username = :username and used_at is null")
			.param("username", username)
			.query(Integer.class)
			.single();
	}

	/**
	 * A new secret and what the authenticator app reads, not stored before it is
	 * confirmed.
	 */
	Enrolment startEnrolment(String username) {
		String secret = Totp.newSecret();
		String uri = Totp.uri(properties.issuer(), username, secret);
		return new Enrolment(secret, uri, QrCodes.svgDataUri(uri));
	}

	/**
	 * Stores the secret once a code made with it proves the app has it.
	 * @return the recovery codes, shown once
	 */
	@Transactional
	List<String> completeEnrolment(String username, String secret, String code) {
		OptionalLong step = Totp.verify(secret, code, clock.instant(), 0);
		if (step.isEmpty()) {
			throw new RuleViolationException("mfa.code.wrong");
		}
		Instant now = clock.instant();
		jdbc.sql("delete from staff_recovery_code where staff_username = :username")
			.param("username", username)
			.update();
		jdbc.sql("""
				insert into staff_second_factor (staff_username, secret, enrolled_at, last_used_step)
				values (:username, :secret, :now, :step)
				on conflict (staff_username) do update set secret = excluded.secret,
				  enrolled_at = excluded.enrolled_at, last_used_step = excluded.last_used_step
				""")
			.param("username", username)
			.param("secret", encryptor().encrypt(secret))
			.param("now", Timestamp.from(now))
			.param("step", step.getAsLong())
			.update();
		List<String> codes = storeRecoveryCodes(username);
		auditLog.record(AuditRecord.of(username, "security.second-factor-enrolled", "staff", username));
		return codes;
	}

	/**
	 * New recovery codes in place of the old ones.
	 * @return the codes, shown once
	 */
	@Transactional
	List<String> renewRecoveryCodes(String username) {
		jdbc.sql("delete from staff_recovery_code where staff_username = :username")
			.param("username", username)
			.update();
		List<String> codes = storeRecoveryCodes(username);
		auditLog.record(AuditRecord.of(username, "security.recovery-codes-renewed", "staff", username));
		return codes;
	}

	private List<String> storeRecoveryCodes(String username) {
		List<String> codes = new ArrayList<>(RECOVERY_CODES);
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String code = newRecoveryCode();
			codes.add(code);
			jdbc.sql("insert into staff_recovery_code (staff_username, code_hash) values (:username, :hash)")
				.param("username", username)
				.param("hash", hash(code))
				.update();
		}
		return codes;
	}

	/**
	 * @return how long the second step of the username must wait before the next code, or
	 * empty when it may try now
	 */
	Optional<Duration> lockedFor(String username) {
		return throttle.lockedFor(THROTTLE_PREFIX + username);
	}

	/**
	 * Checks a code of the authenticator app or one of the recovery codes (used up by
	 * this). Each code is accepted once. A wrong code is counted and audited.
	 */
	@Transactional
	Verification verify(String username, String code, String address) {
		Optional<Duration> locked = lockedFor(username);
		if (locked.isPresent()) {
			auditLog.record(AuditRecord.of(username, "security.second-factor-throttled", "staff", username));
			return Verification.throttled(locked.get());
		}
		Optional<StoredFactor> stored = jdbc
			.sql("select secret, last_used_step from staff_second_factor where staff_username = :username for update")
			.param("username", username)
			.query((rs, row) -> new StoredFactor(rs.getString("secret"), rs.getLong("last_used_step")))
			.optional();
		if (stored.isEmpty()) {
			return Verification.wrong();
		}
		OptionalLong step = Totp.verify(encryptor().decrypt(stored.get().secret()), code, clock.instant(),
				stored.get().lastUsedStep());
		if (step.isPresent()) {
			jdbc.sql("update staff_second_factor set last_used_step = :step where staff_username = :username")
				.param("step", step.getAsLong())
				.param("username", username)
				.update();
			throttle.recordSuccess(THROTTLE_PREFIX + username);
			return Verification.accepted(false);
		}
		if (code != null && useRecoveryCode(username, code)) {
			throttle.recordSuccess(THROTTLE_PREFIX + username);
			auditLog.record(AuditRecord.of(username, "security.recovery-code-used", "staff", username)
				.change(null, String.valueOf(recoveryCodesLeft(username))));
			return Verification.accepted(true);
		}
		throttle.recordFailure(THROTTLE_PREFIX + username, address);
		auditLog.record(AuditRecord.of(username, "security.second-factor-failed", "staff", username));
		return Verification.wrong();
	}

	private boolean useRecoveryCode(String username, String code) {
		String normalised = code.strip().toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
		if (normalised.length() != 10) {
			return false;
		}
		return jdbc.sql("""
				update staff_recovery_code set used_at = :now
				where id = (select id from staff_recovery_code
				            where staff_username = :username and code_hash = :hash and used_at is null
				            limit 1 for update)
				""")
			.param("now", Timestamp.from(clock.instant()))
			.param("username", username)
			.param("hash", hash(normalised.substring(0, 5) + "-" + normalised.substring(5)))
			.update() == 1;
	}

	/**
	 * Takes the person's second factor away (lost phone): they enrol again at their next
	 * sign-in where their role requires it. Ends their sessions.
	 */
	@Transactional
	public void reset(String username, String actor) {
		int removed = jdbc.sql("delete from staff_second_factor where staff_username = :username")
			.param("username", username)
			.update();
		jdbc.sql("delete from staff_recovery_code where staff_username = :username")
			.param("username", username)
			.update();
		throttle.recordSuccess(THROTTLE_PREFIX + username);
		auditLog.record(AuditRecord.of(actor, "security.second-factor-reset", "staff", username)
			.change(removed > 0 ? "enrolled" : "not enrolled", "not enrolled"));
		events.publishEvent(new StaffAccessChanged(username, StaffAccessChanged.Reason.SECOND_FACTOR_RESET));
	}

	/** The person turns their own second factor off (only where their role allows it). */
	@Transactional
	void turnOff(String username) {
		jdbc.sql("delete from staff_second_factor where staff_username = :username")
			.param("username", username)
			.update();
		jdbc.sql("delete from staff_recovery_code where staff_username = :username")
			.param("username", username)
			.update();
		auditLog.record(AuditRecord.of(username, "security.second-factor-turned-off", "staff", username));
	}

	private String newRecoveryCode() {
		StringBuilder code = new StringBuilder(11);
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
		}
		return code.toString();
	}

	private static String hash(String code) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private TextEncryptor encryptor() {
		TextEncryptor current = encryptor;
		if (current == null) {
			synchronized (this) {
				if (encryptor == null) {
					encryptor = Encryptors.delux(key(), "5d3c7a1e9b2f4680");
				}
				current = encryptor;
			}
		}
		return current;
	}

	private String key() {
		if (!properties.encryptionKey().isEmpty()) {
			return properties.encryptionKey();
		}
		log.warn("servicedesk.security.mfa.encryption-key is not set: second-factor secrets are encrypted with a key "
				+ "kept in the database");
		byte[] fresh = new byte[32];
		random.nextBytes(fresh);
		jdbc.sql("insert into second_factor_key (id, key) values (1, :key) on conflict (id) do nothing")
			.param("key", HexFormat.of().formatHex(fresh))
			.update();
		return jdbc.sql("select key from second_factor_key where id = 1").query(String.class).single();
	}

	/** A secret offered for enrolment. */
	record Enrolment(String secret, String uri, String qrCode) implements java.io.Serializable {
	}

	private record StoredFactor(String secret, long lastUsedStep) {
	}

	/** The outcome of a code. */
	record Verification(boolean accepted, boolean recoveryCode, Duration waitFor) {

		static Verification accepted(boolean recoveryCode) {
			return new Verification(true, recoveryCode, null);
		}

		static Verification wrong() {
			return new Verification(false, false, null);
		}

		static Verification throttled(Duration waitFor) {
			return new Verification(false, false, waitFor);
		}

		boolean isThrottled() {
			return waitFor != null;
		}

	}

}
