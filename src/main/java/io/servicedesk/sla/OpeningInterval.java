package io.servicedesk.sla;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * One opening interval of a day, as minutes since local midnight:
 * {@code [startMinute, endMinute)}. An interval may end at midnight
 * ({@code endMinute == 1440}, written {@code 24:00}).
 */
public record OpeningInterval(int startMinute, int endMinute) implements Comparable<OpeningInterval> {

	public static final int MINUTES_PER_DAY = 24 * 60;

	public OpeningInterval {
		if (startMinute < 0 || endMinute > MINUTES_PER_DAY || startMinute >= endMinute) {
			throw new IllegalArgumentException(
					"An opening interval must start before it ends within one day: " + startMinute + "-" + endMinute);
		}
	}

	/** Parses {@code 08:00-18:00}; {@code 24:00} is midnight at the end of the day. */
	public static OpeningInterval parse(String text) {
		String[] parts = text.strip().split("\\s*-\\s*");
		if (parts.length != 2) {
			throw new IllegalArgumentException("Not an interval: " + text);
		}
		return new OpeningInterval(minuteOfDay(parts[0]), minuteOfDay(parts[1]));
	}

	static int minuteOfDay(String time) {
		String value = time.strip();
		if ("24:00".equals(value)) {
			return MINUTES_PER_DAY;
		}
		try {
			LocalTime parsed = LocalTime.parse(value);
			if (parsed.getSecond() != 0 || parsed.getNano() != 0) {
				throw new IllegalArgumentException("Opening times are whole minutes: " + time);
			}
			return parsed.getHour() * 60 + parsed.getMinute();
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("Not a time of day: " + time, ex);
		}
	}

	public int lengthMinutes() {
		return endMinute - startMinute;
	}

	public boolean overlaps(OpeningInterval other) {
		return startMinute < other.endMinute && other.startMinute < endMinute;
	}

	public String start() {
		return format(startMinute);
	}

	public String end() {
		return format(endMinute);
	}

	private static String format(int minute) {
		return String.format("%02d:%02d", minute / 60, minute % 60);
	}

	@Override
	public int compareTo(OpeningInterval other) {
		return Integer.compare(startMinute, other.startMinute);
	}

	@Override
	public String toString() {
		return start() + "-" + end();
	}

}
