package io.servicedesk.client;

import java.util.Locale;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/**
 * A phone number in E.164 ({@code +48601234567}), normalised from whatever people type:
 * spaces, dashes, brackets, a {@code 00} prefix, or a national number with the country of
 * the address.
 */
public record PhoneNumber(String value) {

	private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

	public PhoneNumber {
		if (value == null || !value.matches("\\+[1-9]\\d{6,14}")) {
			throw new IllegalArgumentException("Not an E.164 number: " + value);
		}
	}

	/**
	 * The number typed, read as international if it starts with {@code +} or {@code 00},
	 * else as a national number of the given country (ISO 3166 alpha-2, may be
	 * {@code null}).
	 */
	public static Optional<PhoneNumber> parse(String typed, String country) {
		if (typed == null || typed.isBlank()) {
			return Optional.empty();
		}
		String text = typed.trim();
		if (text.startsWith("00")) {
			text = "+" + text.substring(2);
		}
		String region = country == null || country.isBlank() ? "ZZ" : country.trim().toUpperCase(Locale.ROOT);
		try {
			var number = UTIL.parse(text, region);
			if (!UTIL.isPossibleNumber(number)) {
				return Optional.empty();
			}
			return Optional.of(new PhoneNumber(UTIL.format(number, PhoneNumberFormat.E164)));
		}
		catch (NumberParseException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The number in the international format people read ({@code +48 601 234 567}). */
	public String display() {
		try {
			return UTIL.format(UTIL.parse(value, "ZZ"), PhoneNumberFormat.INTERNATIONAL);
		}
		catch (NumberParseException ex) {
			return value;
		}
	}

	@Override
	public String toString() {
		return value;
	}

}
