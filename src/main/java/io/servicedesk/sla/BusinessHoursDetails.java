package io.servicedesk.sla;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A business-hours calendar as pages and the API show it. {@code businessDayMinutes} is
 * the length of a business day on this calendar, used for targets entered in days.
 */
public record BusinessHoursDetails(long id, String name, ZoneId zone, Map<DayOfWeek, List<OpeningInterval>> weeklyHours,
		List<Holiday> holidays, long version, int businessDayMinutes) {
}
