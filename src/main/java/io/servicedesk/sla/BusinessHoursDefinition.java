package io.servicedesk.sla;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * What an administrator enters for a business-hours calendar.
 */
public record BusinessHoursDefinition(String name, ZoneId zone, Map<DayOfWeek, List<OpeningInterval>> weeklyHours,
		List<Holiday> holidays) {

	/**
	 * The calendar these hours describe; {@link IllegalArgumentException} when they are
	 * inconsistent (overlapping intervals, no opening hours at all).
	 */
	public BusinessCalendar toCalendar() {
		return new BusinessCalendar(zone, weeklyHours, holidays);
	}

}
