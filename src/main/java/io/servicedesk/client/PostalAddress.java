package io.servicedesk.client;

import java.util.Locale;

/**
 * A postal address; every part is optional, the country is an ISO 3166 alpha-2 code.
 */
public record PostalAddress(String street, String postalCode, String city, String country) {

	public static final PostalAddress NONE = new PostalAddress(null, null, null, null);

	public PostalAddress {
		street = blankToNull(street);
		postalCode = blankToNull(postalCode);
		city = blankToNull(city);
		country = blankToNull(country) == null ? null : country.trim().toUpperCase(Locale.ROOT);
		if (country != null && !country.matches("[A-Z]{2}")) {
			throw new IllegalArgumentException("Not a country code: " + country);
		}
	}

	public boolean isEmpty() {
		return street == null && postalCode == null && city == null && country == null;
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
