package io.servicedesk.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.servicedesk.shared.RuleViolationException;

/**
 * What a staff password must be: at least {@value #MIN_LENGTH} characters, short enough
 * for the password hash (bcrypt reads at most 72 bytes), and not one of the commonly used
 * passwords: the 100,000 most common leaked ones
 * ({@code leaked-passwords-top-100000.txt}) and the desk's own obvious choices
 * ({@code common-passwords.txt}), also with punctuation added at either end.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 64;

	private static final int MAX_BYTES = 72;

	private static final PasswordPolicy STANDARD = new PasswordPolicy(
			load("common-passwords.txt", "leaked-passwords-top-100000.txt"));

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

	/**
	 * A listed password, also with punctuation added before or after it
	 * ({@code Password123!} is {@code password123} with an exclamation mark).
	 */
	private boolean isCommon(String password) {
		String candidate = password.strip().toLowerCase(Locale.ROOT);
		return commonPasswords.contains(candidate) || commonPasswords.contains(ENDS.matcher(candidate).replaceAll(""));
	}

	private static final Pattern ENDS = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

	private static Set<String> load(String... resources) {
		Set<String> passwords = new HashSet<>();
		for (String resource : resources) {
			try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
				if (in == null) {
					throw new IllegalStateException("Missing " + resource);
				}
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				reader.lines()
					.map(String::strip)
					.filter(line -> !line.isEmpty() && !line.startsWith("# "))
					.forEach(passwords::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return passwords;
	}

}
