package io.servicedesk.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.servicedesk.shared.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A business-hours calendar as administrators keep it. Its rules live in
 * {@link BusinessCalendar}; this entity only stores a calendar that
 * {@link BusinessCalendar} accepted.
 */
@Entity
@Table(name = "business_calendar")
class BusinessHours extends BaseEntity {

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "time_zone", nullable = false, length = 64)
	private String timeZone;

	@ElementCollection
	@CollectionTable(name = "business_calendar_hours", joinColumns = @JoinColumn(name = "calendar_id"))
	private List<Hours> hours = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "business_calendar_holiday", joinColumns = @JoinColumn(name = "calendar_id"))
	private List<HolidayRow> holidays = new ArrayList<>();

	protected BusinessHours() {
	}

	BusinessHours(BusinessHoursDefinition definition) {
		redefine(definition);
	}

	final void redefine(BusinessHoursDefinition definition) {
		BusinessCalendar calendar = definition.toCalendar();
		this.name = definition.name().strip();
		this.timeZone = calendar.zone().getId();
		this.hours.clear();
		for (DayOfWeek day : DayOfWeek.values()) {
			for (OpeningInterval interval : calendar.hoursOn(day)) {
				hours.add(new Hours(day.getValue(), interval.startMinute(), interval.endMinute()));
			}
		}
		this.holidays.clear();
		calendar.holidays()
			.stream()
			.sorted((a, b) -> a.date().compareTo(b.date()))
			.forEach(holiday -> holidays.add(new HolidayRow(holiday.date(), holiday.name(), holiday.recurring())));
	}

	String getName() {
		return name;
	}

	ZoneId zone() {
		return ZoneId.of(timeZone);
	}

	BusinessCalendar toCalendar() {
		return new BusinessCalendar(ZoneId.of(timeZone), weeklyHours(), holidayList());
	}

	BusinessHoursDetails details() {
		return new BusinessHoursDetails(getId(), name, ZoneId.of(timeZone), weeklyHours(), holidayList(), getVersion(),
				toCalendar().businessDayMinutes());
	}

	private Map<DayOfWeek, List<OpeningInterval>> weeklyHours() {
		Map<DayOfWeek, List<OpeningInterval>> weekly = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			weekly.put(day, new ArrayList<>());
		}
		for (Hours row : hours) {
			weekly.get(DayOfWeek.of(row.dayOfWeek)).add(new OpeningInterval(row.startMinute, row.endMinute));
		}
		weekly.values().forEach(list -> list.sort(null));
		return weekly;
	}

	private List<Holiday> holidayList() {
		Collection<Holiday> list = new ArrayList<>();
		for (HolidayRow row : holidays) {
			list.add(new Holiday(row.holidayDate, row.name, row.recurring));
		}
		return List.copyOf(list);
	}

	@Embeddable
	static class Hours {

		@Column(name = "day_of_week", nullable = false)
		private int dayOfWeek;

		@Column(name = "start_minute", nullable = false)
		private int startMinute;

		@Column(name = "end_minute", nullable = false)
		private int endMinute;

		protected Hours() {
		}

		Hours(int dayOfWeek, int startMinute, int endMinute) {
			this.dayOfWeek = dayOfWeek;
			this.startMinute = startMinute;
			this.endMinute = endMinute;
		}

	}

	@Embeddable
	static class HolidayRow {

		@Column(name = "holiday_date", nullable = false)
		private LocalDate holidayDate;

		@Column(nullable = false, length = 100)
		private String name;

		@Column(nullable = false)
		private boolean recurring;

		protected HolidayRow() {
		}

		HolidayRow(LocalDate holidayDate, String name, boolean recurring) {
			this.holidayDate = holidayDate;
			this.name = name;
			this.recurring = recurring;
		}

	}

}
