package io.servicedesk.correspondence;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reply address of a case: the desk's address with the case reference and a token
 * after a {@code +}, such as {@code desk+inq-000123.k3j5h6g7f8d9s0a1@example.com}. The
 * token is an HMAC-SHA256 of the reference under the desk's key (80 bits of it, in
 * base32), so only the desk can make the address of a case: a guessed or altered
 * reference does not verify, and a mail to it is not attached to that case. Addresses are
 * matched without regard to case, as mail servers may change it.
 */
@Component
class ReplyAddresses {

	private static final int TOKEN_BYTES = 10;

	private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CorrespondenceProperties properties;

	private final JdbcClient jdbc;

	private final Pattern address;

	private volatile byte[] key;

	ReplyAddresses(CorrespondenceProperties properties, JdbcClient jdbc) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.address = Pattern.compile("^" + Pattern.quote(properties.localPart())
				+ "\\+([a-z]{2,5}-[0-9]{1,12})\\.([a-z2-7]{16})@" + Pattern.quote(properties.domain()) + "$",
				Pattern.CASE_INSENSITIVE);
	}

	/** The address a client's answer about this case goes to. */
	String of(String caseRef) {
		String ref = caseRef.toLowerCase(Locale.ROOT);
		return properties.localPart() + "+" + ref + "." + token(caseRef) + "@" + properties.domain();
	}

	/**
	 * The case whose reply address this is, if it is one and its token verifies.
	 */
	Optional<String> caseOf(String recipient) {
		if (recipient == null) {
			return Optional.empty();
		}
		Matcher matcher = address.matcher(recipient.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String caseRef = matcher.group(1).toUpperCase(Locale.ROOT);
		byte[] expected = token(caseRef).getBytes(StandardCharsets.US_ASCII);
		byte[] given = matcher.group(2).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given) ? Optional.of(caseRef) : Optional.empty();
	}

	private String token(String caseRef) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			byte[] digest = mac.doFinal(caseRef.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
			return base32(digest, TOKEN_BYTES);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	private byte[] key() {
		byte[] known = key;
		if (known == null) {
			known = properties.replyTokenSecret() != null && !properties.replyTokenSecret().isBlank()
					? properties.replyTokenSecret().getBytes(StandardCharsets.UTF_8) : storedKey();
			key = known;
		}
		return known;
	}

	/**
	 * The database's key, made by whichever node asks first; the others read that one.
	 */
	private byte[] storedKey() {
		byte[] fresh = new byte[32];
		RANDOM.nextBytes(fresh);
		jdbc.sql("insert into mail_secret (id, token_key) values (1, :key) on conflict (id) do nothing")
			.param("key", fresh)
			.update();
		return jdbc.sql("select token_key from mail_secret where id = 1").query(byte[].class).single();
	}

	static String base32(byte[] bytes, int length) {
		StringBuilder out = new StringBuilder();
		int buffer = 0;
		int bits = 0;
		for (int i = 0; i < length; i++) {
			buffer = (buffer << 8) | (bytes[i] & 0xff);
			bits += 8;
			while (bits >= 5) {
				out.append(BASE32[(buffer >> (bits - 5)) & 31]);
				bits -= 5;
			}
		}
		if (bits > 0) {
			out.append(BASE32[(buffer << (5 - bits)) & 31]);
		}
		return out.toString();
	}

}
