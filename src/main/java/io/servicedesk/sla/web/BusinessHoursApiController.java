package io.servicedesk.sla.web;

import java.net.URI;
import java.security.Principal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.sla.BusinessHoursAdministration;
import io.servicedesk.sla.BusinessHoursDefinition;
import io.servicedesk.sla.BusinessHoursDetails;
import io.servicedesk.sla.Holiday;
import io.servicedesk.sla.OpeningInterval;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/business-hours} (ADMIN): the calendars of the SLA clock, with the same
 * rules as the page.
 */
@RestController
@RequestMapping("/api/v1/business-hours")
class BusinessHoursApiController {

	static final String INTERVAL = "^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$";

	private final BusinessHoursAdministration administration;

	BusinessHoursApiController(BusinessHoursAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	List<BusinessHoursResource> list() {
		return administration.list().stream().map(BusinessHoursResource::of).toList();
	}

	@GetMapping("/{id}")
	BusinessHoursResource get(@PathVariable long id) {
		return BusinessHoursResource.of(administration.get(id));
	}

	@PostMapping
	ResponseEntity<BusinessHoursResource> create(@Valid @RequestBody BusinessHoursRequest request,
			Principal principal) {
		BusinessHoursDetails created = administration.create(request.toDefinition(), principal.getName());
		return ResponseEntity.created(URI.create("/api/v1/business-hours/" + created.id()))
			.body(BusinessHoursResource.of(created));
	}

	@PutMapping("/{id}")
	BusinessHoursResource update(@PathVariable long id, @Valid @RequestBody BusinessHoursRequest request,
			Principal principal) {
		return BusinessHoursResource
			.of(administration.update(id, request.version(), request.toDefinition(), principal.getName()));
	}

	record HolidayResource(@NotNull(message = "{sla.validation.required}") LocalDate date,
			@Size(max = 100, message = "{sla.validation.too-long}") String name, boolean recurring) {
	}

	record BusinessHoursRequest(
			@NotBlank(message = "{sla.validation.required}") @Size(max = 100,
					message = "{sla.validation.too-long}") String name,
			@NotBlank(message = "{sla.validation.required}") String timeZone,
			@NotNull(message = "{sla.validation.required}") Map<DayOfWeek, List<@NotNull(
					message = "{sla.validation.required}") @Pattern(regexp = INTERVAL,
							message = "{sla.calendar.error.hours}") String>> weeklyHours,
			List<@NotNull(message = "{sla.validation.required}") @Valid HolidayResource> holidays, Long version) {

		BusinessHoursDefinition toDefinition() {
			ZoneId zone;
			try {
				zone = ZoneId.of(timeZone.strip());
			}
			catch (DateTimeException ex) {
				throw new RuleViolationException("sla.calendar.error.time-zone");
			}
			Map<DayOfWeek, List<OpeningInterval>> weekly = new EnumMap<>(DayOfWeek.class);
			try {
				weeklyHours.forEach(
						(day, intervals) -> weekly.put(day, intervals.stream().map(OpeningInterval::parse).toList()));
			}
			catch (IllegalArgumentException ex) {
				throw new RuleViolationException("sla.calendar.error.inconsistent");
			}
			List<Holiday> holidayList = new ArrayList<>();
			if (holidays != null) {
				holidays.forEach(
						holiday -> holidayList.add(new Holiday(holiday.date(), holiday.name(), holiday.recurring())));
			}
			return new BusinessHoursDefinition(name.strip(), zone, weekly, holidayList);
		}

	}

	record BusinessHoursResource(long id, String name, String timeZone, Map<DayOfWeek, List<String>> weeklyHours,
			List<HolidayResource> holidays, int businessDayMinutes, long version) {

		static BusinessHoursResource of(BusinessHoursDetails details) {
			Map<DayOfWeek, List<String>> weekly = new EnumMap<>(DayOfWeek.class);
			details.weeklyHours()
				.forEach((day, intervals) -> weekly.put(day,
						intervals.stream().map(OpeningInterval::toString).toList()));
			return new BusinessHoursResource(details.id(), details.name(), details.zone().getId(), weekly,
					details.holidays()
						.stream()
						.map(holiday -> new HolidayResource(holiday.date(), holiday.name(), holiday.recurring()))
						.toList(),
					details.businessDayMinutes(), details.version());
		}

	}

}
