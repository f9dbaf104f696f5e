package io.servicedesk.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When the desk is open: a time zone, the opening intervals of each weekday and the
 * holidays. Business time is measured in real elapsed time inside the opening intervals,
 * each interval placed on the local calendar of its zone: on the night clocks go forward
 * an interval 00:00–06:00 lasts five hours, on the night they go back seven; an opening
 * time that does not exist (skipped by a DST change) starts the interval at the first
 * instant after it.
 * <p>
 * A value object: immutable, validated on construction, no Spring, no database.
 */
public final class BusinessCalendar {

	/**
	 * Safety limit of the day-by-day search: a calendar that is closed for ten years is
	 * refused.
	 */
	static final int MAX_DAYS_SEARCHED = 3_700;

	private final ZoneId zone;

	private final Map<DayOfWeek, List<OpeningInterval>> weeklyHours;

	private final List<Holiday> holidays;

	public BusinessCalendar(ZoneId zone, Map<DayOfWeek, ? extends Collection<OpeningInterval>> weeklyHours,
			Collection<Holiday> holidays) {
		this.zone = Objects.requireNonNull(zone, "zone");
		Map<DayOfWeek, List<OpeningInterval>> hours = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			Collection<OpeningInterval> given = weeklyHours.get(day);
			List<OpeningInterval> intervals = given == null ? new ArrayList<>() : new ArrayList<>(given);
			intervals.sort(null);
			for (int i = 1; i < intervals.size(); i++) {
				if (intervals.get(i - 1).overlaps(intervals.get(i))) {
					throw new IllegalArgumentException("Overlapping opening intervals on " + day + ": "
							+ intervals.get(i - 1) + " and " + intervals.get(i));
				}
			}
			hours.put(day, List.copyOf(intervals));
		}
		if (hours.values().stream().allMatch(List::isEmpty)) {
			throw new IllegalArgumentException("A business calendar needs at least one opening interval a week");
		}
		this.weeklyHours = hours;
		this.holidays = List.copyOf(holidays);
	}

	public ZoneId zone() {
		return zone;
	}

	public List<OpeningInterval> hoursOn(DayOfWeek day) {
		return weeklyHours.get(day);
	}

	public List<Holiday> holidays() {
		return holidays;
	}

	public boolean isHoliday(LocalDate date) {
		return holidays.stream().anyMatch(holiday -> holiday.fallsOn(date));
	}

	/**
	 * The length of a business day, used to enter and show targets in days: the longest
	 * opening day of the week (10 hours for Monday to Friday 08:00–18:00).
	 */
	public int businessDayMinutes() {
		return weeklyHours.values()
			.stream()
			.mapToInt(intervals -> intervals.stream().mapToInt(OpeningInterval::lengthMinutes).sum())
			.max()
			.orElseThrow();
	}

	/**
	 * The opening periods of a local date as instants, in order; empty on closed days and
	 * holidays.
	 */
	public List<Period> openPeriodsOn(LocalDate date) {
		if (isHoliday(date)) {
			return List.of();
		}
		List<Period> periods = new ArrayList<>();
		for (OpeningInterval interval : weeklyHours.get(date.getDayOfWeek())) {
			Instant start = instantAt(date, interval.startMinute());
			Instant end = instantAt(date, interval.endMinute());
			if (start.isBefore(end)) {
				periods.add(new Period(start, end));
			}
		}
		return periods;
	}

	private Instant instantAt(LocalDate date, int minuteOfDay) {
		if (minuteOfDay == OpeningInterval.MINUTES_PER_DAY) {
			return date.plusDays(1).atStartOfDay(zone).toInstant();
		}
		return ZonedDateTime.of(date, LocalTime.of(minuteOfDay / 60, minuteOfDay % 60), zone).toInstant();
	}

	/**
	 * Whether the desk is open at an instant (an interval's end counts as open: a target
	 * can fall due at closing).
	 */
	public boolean isOpenAt(Instant instant) {
		LocalDate date = instant.atZone(zone).toLocalDate();
		for (LocalDate day = date.minusDays(1); !day.isAfter(date); day = day.plusDays(1)) {
			for (Period period : openPeriodsOn(day)) {
				if (!instant.isBefore(period.start()) && !instant.isAfter(period.end())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The instant at which {@code businessMinutes} of business time have passed since
	 * {@code start}. Zero minutes give {@code start} itself; otherwise the result always
	 * lies inside an opening period (possibly at its end).
	 */
	public Instant dueAt(Instant start, long businessMinutes) {
		if (businessMinutes < 0) {
			throw new IllegalArgumentException("Business minutes cannot be negative: " + businessMinutes);
		}
		if (businessMinutes == 0) {
			return start;
		}
		Duration remaining = Duration.ofMinutes(businessMinutes);
		LocalDate day = start.atZone(zone).toLocalDate().minusDays(1);
		for (int searched = 0; searched < MAX_DAYS_SEARCHED; searched++, day = day.plusDays(1)) {
			for (Period period : openPeriodsOn(day)) {
				if (!period.end().isAfter(start)) {
					continue;
				}
				Instant from = period.start().isAfter(start) ? period.start() : start;
				Duration available = Duration.between(from, period.end());
				if (remaining.compareTo(available) <= 0) {
					return from.plus(remaining);
				}
				remaining = remaining.minus(available);
			}
		}
		throw new IllegalStateException("The calendar has no opening hours within " + MAX_DAYS_SEARCHED + " days");
	}

	/**
	 * The whole business minutes between two instants; zero when {@code to} is not after
	 * {@code from}.
	 */
	public long businessMinutesBetween(Instant from, Instant to) {
		return businessTimeBetween(from, to).toMinutes();
	}

	/**
	 * The exact business time between two instants; zero when {@code to} is not after
	 * {@code from}.
	 */
	public Duration businessTimeBetween(Instant from, Instant to) {
		Duration total = Duration.ZERO;
		if (!to.isAfter(from)) {
			return total;
		}
		LocalDate last = to.atZone(zone).toLocalDate();
		for (LocalDate day = from.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
			for (Period period : openPeriodsOn(day)) {
				Instant start = period.start().isAfter(from) ? period.start() : from;
				Instant end = period.end().isBefore(to) ? period.end() : to;
				if (end.isAfter(start)) {
					total = total.plus(Duration.between(start, end));
				}
			}
		}
		return total;
	}

	/** An opening period between two instants. */
	public record Period(Instant start, Instant end) {
	}

}
