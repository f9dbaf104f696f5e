package io.servicedesk.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Calendars for tests.
 */
final class Calendars {

	static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	private Calendars() {
	}

	/**
	 * Monday to Friday 08:00–18:00 in Warsaw, Independence Day 2026 and Christmas Day
	 * every year.
	 */
	static BusinessCalendar polishOffice() {
		return new BusinessCalendar(WARSAW, weekdays(OpeningInterval.parse("08:00-18:00")),
				List.of(new Holiday(LocalDate.of(2026, 11, 11), "Independence Day", false),
						new Holiday(LocalDate.of(2026, 12, 25), "Christmas Day", true)));
	}

	/** Every day around the clock in Warsaw: business time is real time. */
	static BusinessCalendar aroundTheClock() {
		Map<DayOfWeek, List<OpeningInterval>> hours = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.put(day, List.of(OpeningInterval.parse("00:00-24:00")));
		}
		return new BusinessCalendar(WARSAW, hours, List.of());
	}

	static Map<DayOfWeek, List<OpeningInterval>> weekdays(OpeningInterval... intervals) {
		Map<DayOfWeek, List<OpeningInterval>> hours = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			hours.put(day, List.of(intervals));
		}
		return hours;
	}

}
