package io.servicedesk.client;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address with a plausible syntax, kept in lower case so that duplicates are
 * found.
 */
public record Email(String value) {

	private static final Pattern SYNTAX = Pattern.compile(
			"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

	public Email {
		if (!isValid(value)) {
			throw new IllegalArgumentException("Not an e-mail address: " + value);
		}
		value = value.trim().toLowerCase(Locale.ROOT);
	}

	public static boolean isValid(String value) {
		return value != null && value.trim().length() <= 320 && SYNTAX.matcher(value.trim()).matches();
	}

	/** {@code null} for a blank input, else the address (which must be valid). */
	public static Email ofNullable(String value) {
		return value == null || value.isBlank() ? null : new Email(value);
	}

	@Override
	public String toString() {
		return value;
	}

}
