package io.servicedesk.complaint;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The date and time by which the desk decides a complaint, as the client reads it: on the
 * clock of the desk's business calendar, written the way the client's language writes
 * dates and times, with the zone named.
 */
public record ResolutionDeadline(Instant due, ZoneId zone) {

	public String format(Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
			.withLocale(locale)
			.format(due.atZone(zone)) + " (" + zone.getId() + ")";
	}

}
