package io.servicedesk.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.servicedesk.shared.RuleViolationException;

/**
 * What a staff password must be: at least {@value #MIN_LENGTH} characters, short enough
 * for the password hash (bcrypt reads at most 72 bytes), and not one of the commonly used
 * passwords shipped in {@code common-passwords.txt}.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 64;

	private static final int MAX_BYTES = 72;

	private static final PasswordPolicy STANDARD = new PasswordPolicy(load("common-passwords.txt"));

	private final Set<String> commonPasswords;

	PasswordPolicy(Set<String> commonPasswords) {
		this.commonPasswords = commonPasswords.stream()
			.map(password -> password.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	public static PasswordPolicy standard() {
		return STANDARD;
	}

	/**
	 * @return the message key saying what is wrong with the password, or empty when it is
	 * acceptable
	 */
	public Optional<String> problemWith(String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("password.too-short");
		}
		if (password.length() > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("password.too-long");
		}
		if (password.strip().chars().distinct().count() < 3 || isCommon(password)) {
			return Optional.of("password.too-common");
		}
		return Optional.empty();
	}

	/**
	 * @throws RuleViolationException when the password is not acceptable
	 */
	void require(String password) {
		problemWith(password).ifPresent(key -> {
			throw new RuleViolationException(key);
		});
	}

	private boolean isCommon(String password) {
		return commonPasswords.contains(password.strip().toLowerCase(Locale.ROOT));
	}

	private static Set<String> load(String resource) {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			return reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
