package io.servicedesk.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The time zone of the staff member a request is for: the one they chose on their
 * profile, otherwise the desk's calendar zone. Every time a page shows is in it, and
 * every date a person picks means that day in it.
 */
public interface StaffTimeZone {

	/** The zone of the signed-in staff member (the desk's outside a request). */
	ZoneId zone();

	/** The desk's own zone: that of its business calendar. */
	ZoneId deskZone();

	/**
	 * The signed-in staff member chose another zone ({@code null}: the desk's): it
	 * applies to their session from the next page on.
	 */
	void changed(ZoneId zone);

	/** The first instant of a day picked by the staff member. */
	default Instant startOf(LocalDate day) {
		return day.atStartOfDay(zone()).toInstant();
	}

	/** The instant a day picked by the staff member ends (the next day's first). */
	default Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(zone()).toInstant();
	}

	/** Today where the staff member is. */
	default LocalDate today(java.time.Clock clock) {
		return LocalDate.ofInstant(clock.instant(), zone());
	}

}
