package io.servicedesk.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.servicedesk.sla.Calendars.WARSAW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Hand-checked business-time cases: weekends, holidays, several intervals a day,
 * intervals ending at midnight and both DST changes in Warsaw (29 March and 25 October
 * 2026).
 */
class BusinessCalendarTest {

	private final BusinessCalendar office = Calendars.polishOffice();

	@Test
	void aTargetRunningIntoTheWeekendContinuesOnMonday() {
		Instant fridayFivePm = warsaw("2026-11-20T17:00");
		assertThat(office.dueAt(fridayFivePm, 120)).isEqualTo(warsaw("2026-11-23T09:00"));
		assertThat(office.businessMinutesBetween(fridayFivePm, warsaw("2026-11-23T09:00"))).isEqualTo(120);
	}

	@Test
	void aCaseOpenedOnSaturdayStartsCountingOnMonday() {
		assertThat(office.dueAt(warsaw("2026-11-21T11:00"), 60)).isEqualTo(warsaw("2026-11-23T09:00"));
		assertThat(office.businessMinutesBetween(warsaw("2026-11-21T11:00"), warsaw("2026-11-23T08:00"))).isZero();
	}

	@Test
	void holidaysAreSkipped() {
		Instant tuesdayEvening = warsaw("2026-11-10T17:30");
		assertThat(office.dueAt(tuesdayEvening, 60)).isEqualTo(warsaw("2026-11-12T08:30"));
		assertThat(office.businessMinutesBetween(tuesdayEvening, warsaw("2026-11-12T08:30"))).isEqualTo(60);
	}

	@Test
	void recurringHolidaysComeBackEveryYear() {
		assertThat(office.isHoliday(LocalDate.of(2030, 12, 25))).isTrue();
		assertThat(office.isHoliday(LocalDate.of(2025, 12, 25))).as("not before it was entered").isFalse();
		assertThat(office.isHoliday(LocalDate.of(2027, 11, 11))).as("a one-off holiday").isFalse();
		// Tuesday 24 December 2030, 17:00 + 2 h: Christmas Day (Wednesday) is closed, so
		// Thursday 09:00.
		assertThat(office.dueAt(warsaw("2030-12-24T17:00"), 120)).isEqualTo(warsaw("2030-12-26T09:00"));
	}

	@Test
	void exactlyAtClosingTimeIsTheDueInstantNotTheNextMorning() {
		assertThat(office.dueAt(warsaw("2026-11-23T08:00"), 600)).isEqualTo(warsaw("2026-11-23T18:00"));
		assertThat(office.dueAt(warsaw("2026-11-23T08:00"), 601)).isEqualTo(warsaw("2026-11-24T08:01"));
	}

	@Test
	void zeroMinutesAreDueAtOnce() {
		assertThat(office.dueAt(warsaw("2026-11-21T11:00"), 0)).isEqualTo(warsaw("2026-11-21T11:00"));
	}

	@Test
	void severalIntervalsADayLeaveTheLunchBreakOut() {
		BusinessCalendar withLunch = new BusinessCalendar(WARSAW,
				Calendars.weekdays(OpeningInterval.parse("08:00-12:00"), OpeningInterval.parse("13:00-17:00")),
				List.of());
		assertThat(withLunch.dueAt(warsaw("2026-11-23T11:30"), 60)).isEqualTo(warsaw("2026-11-23T13:30"));
		assertThat(withLunch.businessMinutesBetween(warsaw("2026-11-23T07:00"), warsaw("2026-11-23T20:00")))
			.isEqualTo(480);
		assertThat(withLunch.businessDayMinutes()).isEqualTo(480);
	}

	@Test
	void anIntervalMayEndAtMidnight() {
		Map<DayOfWeek, List<OpeningInterval>> evenings = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			evenings.put(day, List.of(OpeningInterval.parse("22:00-24:00")));
		}
		BusinessCalendar nightShift = new BusinessCalendar(WARSAW, evenings, List.of());
		assertThat(nightShift.dueAt(warsaw("2026-11-23T23:30"), 30)).isEqualTo(warsaw("2026-11-24T00:00"));
		assertThat(nightShift.dueAt(warsaw("2026-11-23T23:30"), 60)).isEqualTo(warsaw("2026-11-24T22:30"));
		assertThat(nightShift.businessMinutesBetween(warsaw("2026-11-23T23:00"), warsaw("2026-11-24T23:00")))
			.isEqualTo(120);
		assertThat(nightShift.isOpenAt(warsaw("2026-11-24T00:00"))).isTrue();
		assertThat(nightShift.isOpenAt(warsaw("2026-11-24T00:01"))).isFalse();
	}

	@Test
	void theNightClocksGoForwardHasTwentyThreeHours() {
		BusinessCalendar always = Calendars.aroundTheClock();
		// 29 March 2026: 02:00 CET becomes 03:00 CEST.
		assertThat(always.businessMinutesBetween(warsaw("2026-03-29T00:00"), warsaw("2026-03-30T00:00")))
			.isEqualTo(23 * 60);
		assertThat(always.dueAt(warsaw("2026-03-29T01:00"), 60)).isEqualTo(warsaw("2026-03-29T03:00"));
		assertThat(always.dueAt(warsaw("2026-03-28T23:00"), 120)).isEqualTo(warsaw("2026-03-29T01:00"));
	}

	@Test
	void theNightClocksGoBackHasTwentyFiveHours() {
		BusinessCalendar always = Calendars.aroundTheClock();
		// 25 October 2026: 03:00 CEST becomes 02:00 CET.
		assertThat(always.businessMinutesBetween(warsaw("2026-10-25T00:00"), warsaw("2026-10-26T00:00")))
			.isEqualTo(25 * 60);
		assertThat(always.dueAt(warsaw("2026-10-25T00:00"), 24 * 60)).isEqualTo(warsaw("2026-10-25T23:00"));
	}

	@Test
	void officeHoursAcrossTheDstChangesStayTenHoursADay() {
		// Friday 08:00 + 20 business hours = Monday 18:00, across both DST weekends.
		assertThat(office.dueAt(warsaw("2026-03-27T08:00"), 20 * 60)).isEqualTo(warsaw("2026-03-30T18:00"));
		assertThat(office.dueAt(warsaw("2026-10-23T08:00"), 20 * 60)).isEqualTo(warsaw("2026-10-26T18:00"));
		assertThat(office.businessMinutesBetween(warsaw("2026-10-23T12:00"), warsaw("2026-10-26T12:00")))
			.isEqualTo(600);
	}

	@Test
	void aNightIntervalOverTheSpringChangeIsOneHourShorter() {
		Map<DayOfWeek, List<OpeningInterval>> nights = new EnumMap<>(DayOfWeek.class);
		nights.put(DayOfWeek.SUNDAY, List.of(OpeningInterval.parse("00:00-06:00")));
		BusinessCalendar sundayNights = new BusinessCalendar(WARSAW, nights, List.of());
		assertThat(sundayNights.businessMinutesBetween(warsaw("2026-03-28T12:00"), warsaw("2026-03-29T12:00")))
			.isEqualTo(5 * 60);
		assertThat(sundayNights.businessMinutesBetween(warsaw("2026-10-24T12:00"), warsaw("2026-10-25T12:00")))
			.isEqualTo(7 * 60);
	}

	@Test
	void measuringBackwardsGivesZero() {
		assertThat(office.businessMinutesBetween(warsaw("2026-11-24T12:00"), warsaw("2026-11-23T12:00"))).isZero();
	}

	@Test
	void inconsistentCalendarsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BusinessCalendar(WARSAW,
				Calendars.weekdays(OpeningInterval.parse("08:00-12:00"), OpeningInterval.parse("11:00-17:00")),
				List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new BusinessCalendar(WARSAW, Map.of(), List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> OpeningInterval.parse("18:00-08:00"));
		assertThatIllegalArgumentException().isThrownBy(() -> OpeningInterval.parse("08:00-24:30"));
		assertThatIllegalArgumentException().isThrownBy(() -> OpeningInterval.parse("eight to six"));
	}

	private static Instant warsaw(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Warsaw")).toInstant();
	}

}
