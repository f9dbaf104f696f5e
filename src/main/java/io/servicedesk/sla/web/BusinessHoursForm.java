package io.servicedesk.sla.web;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.servicedesk.sla.BusinessHoursDefinition;
import io.servicedesk.sla.BusinessHoursDetails;
import io.servicedesk.sla.Holiday;
import io.servicedesk.sla.OpeningInterval;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/**
 * The business-hours form, for creating and editing: each weekday's intervals as text
 * ({@code 08:00-12:00,
 * 13:00-17:00}, empty when closed) and the holidays one per line
 * ({@code 2026-12-24 Christmas Eve}), yearly ones apart from one-off ones.
 */
public class BusinessHoursForm {

	@NotBlank(message = "{sla.validation.required}")
	@Size(max = 100, message = "{sla.validation.too-long}")
	private String name;

	@NotBlank(message = "{sla.validation.required}")
	private String timeZone;

	private Map<String, String> hours = new LinkedHashMap<>();

	@Size(max = 10_000, message = "{sla.validation.too-long}")
	private String yearlyHolidays = "";

	@Size(max = 10_000, message = "{sla.validation.too-long}")
	private String oneOffHolidays = "";

	private Long version;

	public static BusinessHoursForm empty() {
		BusinessHoursForm form = new BusinessHoursForm();
		form.timeZone = "Europe/Warsaw";
		for (DayOfWeek day : DayOfWeek.values()) {
			form.hours.put(day.name(), day.getValue() <= 5 ? "08:00-18:00" : "");
		}
		return form;
	}

	public static BusinessHoursForm from(BusinessHoursDetails details) {
		BusinessHoursForm form = new BusinessHoursForm();
		form.name = details.name();
		form.timeZone = details.zone().getId();
		for (DayOfWeek day : DayOfWeek.values()) {
			form.hours.put(day.name(),
					details.weeklyHours()
						.get(day)
						.stream()
						.map(OpeningInterval::toString)
						.collect(Collectors.joining(", ")));
		}
		form.yearlyHolidays = holidayLines(details.holidays(), true);
		form.oneOffHolidays = holidayLines(details.holidays(), false);
		form.version = details.version();
		return form;
	}

	private static String holidayLines(List<Holiday> holidays, boolean recurring) {
		return holidays.stream()
			.filter(holiday -> holiday.recurring() == recurring)
			.map(holiday -> (holiday.date() + " " + holiday.name()).strip())
			.collect(Collectors.joining("\n"));
	}

	/**
	 * The definition, or empty with field errors in {@code errors} where the text cannot
	 * be read.
	 */
	Optional<BusinessHoursDefinition> toDefinition(BindingResult errors) {
		ZoneId zone = null;
		if (timeZone != null && !timeZone.isBlank()) {
			try {
				zone = ZoneId.of(timeZone.strip());
			}
			catch (DateTimeException ex) {
				errors.rejectValue("timeZone", "sla.calendar.error.time-zone");
			}
		}
		Map<DayOfWeek, List<OpeningInterval>> weekly = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			String text = hours.getOrDefault(day.name(), "");
			List<OpeningInterval> intervals = new ArrayList<>();
			try {
				for (String part : text == null ? new String[0] : text.split("[,;]")) {
					if (!part.isBlank()) {
						intervals.add(OpeningInterval.parse(part));
					}
				}
				intervals.sort(null);
				for (int i = 1; i < intervals.size(); i++) {
					if (intervals.get(i - 1).overlaps(intervals.get(i))) {
						errors.rejectValue("hours[" + day.name() + "]", "sla.calendar.error.overlap");
					}
				}
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("hours[" + day.name() + "]", "sla.calendar.error.hours");
			}
			weekly.put(day, intervals);
		}
		if (weekly.values().stream().allMatch(List::isEmpty)) {
			errors.rejectValue("hours[MONDAY]", "sla.calendar.error.no-hours");
		}
		List<Holiday> holidays = new ArrayList<>();
		holidays.addAll(parseHolidays("yearlyHolidays", yearlyHolidays, true, errors));
		holidays.addAll(parseHolidays("oneOffHolidays", oneOffHolidays, false, errors));
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		return Optional.of(new BusinessHoursDefinition(name.strip(), zone, weekly, holidays));
	}

	private static List<Holiday> parseHolidays(String field, String text, boolean recurring, BindingResult errors) {
		List<Holiday> holidays = new ArrayList<>();
		if (text == null) {
			return holidays;
		}
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("\\s+", 2);
			String holidayName = parts.length > 1 ? parts[1].strip() : "";
			try {
				if (holidayName.length() > 100) {
					throw new IllegalArgumentException("name too long");
				}
				holidays.add(new Holiday(LocalDate.parse(parts[0]), holidayName, recurring));
			}
			catch (DateTimeParseException | IllegalArgumentException ex) {
				errors.rejectValue(field, "sla.calendar.error.holiday", new Object[] { i + 1, line }, null);
			}
		}
		return holidays;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public Map<String, String> getHours() {
		return hours;
	}

	public void setHours(Map<String, String> hours) {
		this.hours = hours;
	}

	public String getYearlyHolidays() {
		return yearlyHolidays;
	}

	public void setYearlyHolidays(String yearlyHolidays) {
		this.yearlyHolidays = yearlyHolidays;
	}

	public String getOneOffHolidays() {
		return oneOffHolidays;
	}

	public void setOneOffHolidays(String oneOffHolidays) {
		this.oneOffHolidays = oneOffHolidays;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
