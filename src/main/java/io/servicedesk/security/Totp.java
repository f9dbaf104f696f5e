package io.servicedesk.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time passwords as every authenticator app makes them (RFC 6238:
 * HMAC-SHA1, six digits, 30-second steps), the secret in Base32 as the {@code otpauth://}
 * URI of the enrolment carries it. A code of the step before or after the current one is
 * accepted too, for clocks a little apart.
 */
final class Totp {

	static final Duration STEP = Duration.ofSeconds(30);

	private static final int DIGITS = 6;

	private static final int SECRET_BYTES = 20;

	private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Totp() {
	}

	/** A new secret of 160 bits, in Base32. */
	static String newSecret() {
		byte[] secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return base32(secret);
	}

	/** The address an authenticator app reads from the QR code. */
	static String uri(String issuer, String account, String secret) {
		String label = encode(issuer) + ":" + encode(account);
		return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits="
				+ DIGITS + "&period=" + STEP.toSeconds();
	}

	/** The code of the given moment. */
	static String codeAt(String secret, Instant moment) {
		return generate(generator(), key(secret), moment);
	}

	/**
	 * @return the time step of the code when it is one of the previous, the current or
	 * the next step and that step is later than {@code afterStep}; empty otherwise
	 */
	static OptionalLong verify(String secret, String code, Instant now, long afterStep) {
		String digits = code == null ? "" : code.replaceAll("[\\s-]", "");
		if (!digits.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long current = now.getEpochSecond() / STEP.toSeconds();
		TimeBasedOneTimePasswordGenerator generator = generator();
		SecretKeySpec key = key(secret);
		for (long step = current - 1; step <= current + 1; step++) {
			if (step <= afterStep) {
				continue;
			}
			String expected = generate(generator, key, Instant.ofEpochSecond(step * STEP.toSeconds()));
			if (java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
					digits.getBytes(StandardCharsets.US_ASCII))) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	private static TimeBasedOneTimePasswordGenerator generator() {
		return new TimeBasedOneTimePasswordGenerator(STEP, DIGITS,
				TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
	}

	private static String generate(TimeBasedOneTimePasswordGenerator generator, SecretKeySpec key, Instant moment) {
		try {
			return format(generator.generateOneTimePassword(key, moment));
		}
		catch (InvalidKeyException ex) {
			throw new IllegalStateException("A TOTP secret is not a valid HMAC key", ex);
		}
	}

	private static SecretKeySpec key(String secret) {
		return new SecretKeySpec(unbase32(secret), "HmacSHA1");
	}

	private static String format(int code) {
		return String.format("%0" + DIGITS + "d", code);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	static String base32(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (byte b : bytes) {
			buffer = (buffer << 8) | (b & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
		}
		return out.toString();
	}

	static byte[] unbase32(String text) {
		String clean = text.replace("=", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
		byte[] out = new byte[clean.length() * 5 / 8];
		int buffer = 0;
		int bits = 0;
		int index = 0;
		for (char c : clean.toCharArray()) {
			int value = BASE32.indexOf(c);
			if (value < 0) {
				throw new IllegalArgumentException("Not Base32");
			}
			buffer = (buffer << 5) | value;
			bits += 5;
			if (bits >= 8) {
				out[index++] = (byte) ((buffer >> (bits - 8)) & 0xff);
				bits -= 8;
			}
		}
		return out;
	}

}
