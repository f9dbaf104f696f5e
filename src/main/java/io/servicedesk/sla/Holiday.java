package io.servicedesk.sla;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * A day the desk is closed: a single date, or the same day every year
 * ({@code recurring}).
 */
public record Holiday(LocalDate date, String name, boolean recurring) {

	public Holiday {
		Objects.requireNonNull(date, "date");
		name = name == null ? "" : name.strip();
	}

	public boolean fallsOn(LocalDate day) {
		if (!recurring) {
			return date.equals(day);
		}
		if (day.isBefore(date)) {
			return false;
		}
		MonthDay monthDay = MonthDay.from(date);
		// 29 February recurs on 28 February in the years that lack it.
		return monthDay.isValidYear(day.getYear()) ? MonthDay.from(day).equals(monthDay)
				: day.getMonthValue() == 2 && day.getDayOfMonth() == 28;
	}

}
