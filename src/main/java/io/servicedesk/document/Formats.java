package io.servicedesk.document;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import io.servicedesk.client.PostalAddress;
import io.servicedesk.shared.Money;

/**
 * Dates, amounts and countries as a document in one language writes them, dates in the
 * desk's time zone. The templates call it as {@code fmt}.
 */
public final class Formats {

	private final Locale locale;

	private final ZoneId zone;

	Formats(Locale locale, ZoneId zone) {
		this.locale = locale;
		this.zone = zone;
	}

	public String date(LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	public String date(Instant instant) {
		return instant == null ? "" : date(instant.atZone(zone).toLocalDate());
	}

	/** A short date for the rows of a table. */
	public String shortDate(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(instant.atZone(zone));
	}

	public String money(BigDecimal amount, String currency) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		Currency unit = Currency.getInstance(currency);
		format.setCurrency(unit);
		format.setMinimumFractionDigits(unit.getDefaultFractionDigits());
		format.setMaximumFractionDigits(unit.getDefaultFractionDigits());
		return format.format(amount);
	}

	public String money(Money money) {
		return money == null ? "" : money(money.amount(), money.currency().getCurrencyCode());
	}

	/**
	 * The lines of a postal address, the country by its name in the document's language.
	 */
	public java.util.List<String> address(PostalAddress address) {
		java.util.List<String> lines = new java.util.ArrayList<>();
		if (address == null) {
			return lines;
		}
		if (address.street() != null) {
			lines.add(address.street());
		}
		String city = ((address.postalCode() == null ? "" : address.postalCode() + " ")
				+ (address.city() == null ? "" : address.city()))
			.strip();
		if (!city.isEmpty()) {
			lines.add(city);
		}
		if (address.country() != null) {
			lines.add(new Locale("", address.country()).getDisplayCountry(locale));
		}
		return lines;
	}

}
