package io.servicedesk.casework.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * SLA countdowns for the case templates ({@code ${@caseTime.left(due)}}): how long until
 * a due instant, or how long it is overdue, in days, hours and minutes. The page script
 * keeps them current.
 */
@Component("caseTime")
class CaseTime {

	private final Clock clock;

	CaseTime(Clock clock) {
		this.clock = clock;
	}

	public boolean overdue(Instant due) {
		return due != null && !due.isAfter(clock.instant());
	}

	/**
	 * The time between now and the due instant, whichever comes first, such as
	 * {@code 1d 4h 05m}.
	 */
	public String left(Instant due) {
		if (due == null) {
			return "";
		}
		Duration left = Duration.between(clock.instant(), due).abs();
		long days = left.toDays();
		long hours = left.toHoursPart();
		long minutes = left.toMinutesPart();
		// Every row of a queue shows one: concatenated, not formatted (String.format
		// parses
		// its pattern on each call)
		String twoDigitMinutes = (minutes < 10 ? "0" : "") + minutes + "m";
		if (days > 0) {
			return days + "d " + hours + "h " + twoDigitMinutes;
		}
		if (hours > 0) {
			return hours + "h " + twoDigitMinutes;
		}
		return minutes + "m";
	}

}
