package io.servicedesk.casework.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The time left (or overdue) as every queue row and case header shows it. */
class CaseTimeTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private final CaseTime time = new CaseTime(Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void daysHoursAndTwoDigitMinutes() {
		assertThat(time.left(NOW.plus(Duration.ofDays(1).plusHours(4).plusMinutes(5)))).isEqualTo("1d 4h 05m");
		assertThat(time.left(NOW.plus(Duration.ofDays(12).plusMinutes(45)))).isEqualTo("12d 0h 45m");
	}

	@Test
	void hoursAndMinutesUnderADay() {
		assertThat(time.left(NOW.plus(Duration.ofHours(23).plusMinutes(59)))).isEqualTo("23h 59m");
		assertThat(time.left(NOW.plus(Duration.ofHours(2)))).isEqualTo("2h 00m");
	}

	@Test
	void minutesAloneUnderAnHour() {
		assertThat(time.left(NOW.plus(Duration.ofMinutes(7)))).isEqualTo("7m");
		assertThat(time.left(NOW)).isEqualTo("0m");
	}

	@Test
	void overdueTimesCountTheSameWay() {
		Instant due = NOW.minus(Duration.ofHours(3).plusMinutes(2));
		assertThat(time.overdue(due)).isTrue();
		assertThat(time.left(due)).isEqualTo("3h 02m");
		assertThat(time.overdue(NOW.plusSeconds(1))).isFalse();
		assertThat(time.left(null)).isEmpty();
	}

}
