package io.servicedesk.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of business time over random calendars (zones with DST, several intervals a
 * day, intervals ending at midnight, closed days, holidays) and random instants around
 * both DST changes.
 */
class BusinessCalendarProperties {

	private static final Instant EARLIEST = Instant.parse("2026-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("2027-12-31T00:00:00Z");

	@Property(tries = 300)
	void measuringTheTimeToTheDueInstantGivesBackTheMinutes(@ForAll("calendars") BusinessCalendar calendar,
			@ForAll("instants") Instant start, @ForAll @LongRange(min = 0, max = 20_000) long minutes) {
		Instant due = calendar.dueAt(start, minutes);
		assertThat(calendar.businessMinutesBetween(start, due)).isEqualTo(minutes);
	}

	@Property(tries = 300)
	void dueInstantsFallInsideOpeningHours(@ForAll("calendars") BusinessCalendar calendar,
			@ForAll("instants") Instant start, @ForAll @LongRange(min = 1, max = 20_000) long minutes) {
		Instant due = calendar.dueAt(start, minutes);
		assertThat(calendar.isOpenAt(due)).as("open at %s", due).isTrue();
		assertThat(due).isAfter(start);
	}

	@Property(tries = 300)
	void moreMinutesAreNeverDueEarlier(@ForAll("calendars") BusinessCalendar calendar,
			@ForAll("instants") Instant start, @ForAll @LongRange(min = 0, max = 20_000) long minutes,
			@ForAll @LongRange(min = 1, max = 5_000) long more) {
		assertThat(calendar.dueAt(start, minutes + more)).isAfter(calendar.dueAt(start, minutes));
	}

	@Property(tries = 300)
	void businessTimeIsAdditive(@ForAll("calendars") BusinessCalendar calendar, @ForAll("instants") Instant a,
			@ForAll("instants") Instant b, @ForAll("instants") Instant c) {
		List<Instant> sorted = new ArrayList<>(List.of(a, b, c));
		sorted.sort(null);
		assertThat(calendar.businessTimeBetween(sorted.get(0), sorted.get(1))
			.plus(calendar.businessTimeBetween(sorted.get(1), sorted.get(2))))
			.isEqualTo(calendar.businessTimeBetween(sorted.get(0), sorted.get(2)));
	}

	@Provide
	Arbitrary<Instant> instants() {
		Arbitrary<Instant> anywhere = Arbitraries.longs()
			.between(EARLIEST.getEpochSecond(), LATEST.getEpochSecond())
			.map(Instant::ofEpochSecond);
		// Close to the DST changes of 2026 in Europe, where mistakes hide.
		Arbitrary<Instant> nearDstChanges = Arbitraries
			.of(Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-10-25T01:00:00Z"))
			.flatMap(change -> Arbitraries.longs().between(-3 * 86_400, 3 * 86_400).map(change::plusSeconds));
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(2, anywhere), net.jqwik.api.Tuple.of(1, nearDstChanges));
	}

	@Provide
	Arbitrary<BusinessCalendar> calendars() {
		Arbitrary<ZoneId> zones = Arbitraries
			.of("Europe/Warsaw", "Europe/Berlin", "Europe/Tallinn", "Europe/Riga", "America/New_York", "UTC")
			.map(ZoneId::of);
		Arbitrary<List<OpeningInterval>> day = dayHours();
		Arbitrary<Map<DayOfWeek, List<OpeningInterval>>> week = day.list().ofSize(7).map(days -> {
			Map<DayOfWeek, List<OpeningInterval>> hours = new EnumMap<>(DayOfWeek.class);
			for (DayOfWeek weekday : DayOfWeek.values()) {
				hours.put(weekday, days.get(weekday.ordinal()));
			}
			return hours;
		}).filter(hours -> hours.values().stream().anyMatch(intervals -> !intervals.isEmpty()));
		Arbitrary<List<Holiday>> holidays = Combinators
			.combine(Arbitraries.longs().between(0, 730).map(days -> LocalDate.of(2026, 1, 1).plusDays(days)),
					Arbitraries.of(true, false))
			.as((date, recurring) -> new Holiday(date, "Holiday", recurring))
			.list()
			.ofMaxSize(15);
		return Combinators.combine(zones, week, holidays).as(BusinessCalendar::new);
	}

	/**
	 * Up to three sorted, disjoint intervals on a quarter-hour grid, the last possibly
	 * ending at midnight.
	 */
	private Arbitrary<List<OpeningInterval>> dayHours() {
		return Arbitraries.integers().between(0, 96).set().ofMaxSize(6).map(points -> {
			List<Integer> sorted = new ArrayList<>(points);
			sorted.sort(null);
			List<OpeningInterval> intervals = new ArrayList<>();
			for (int i = 0; i + 1 < sorted.size(); i += 2) {
				intervals.add(new OpeningInterval(sorted.get(i) * 15, sorted.get(i + 1) * 15));
			}
			return intervals;
		});
	}

}
