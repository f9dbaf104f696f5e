package io.servicedesk.sla.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.sla.BusinessHoursAdministration;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.shared.Priority;
import io.servicedesk.sla.SlaPolicyAdministration;
import io.servicedesk.sla.SlaPolicyDefinition;
import io.servicedesk.sla.SlaPolicyDetails;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/sla-policies} (ADMIN): SLA policies with targets in business minutes,
 * the calendar and the escalation team by name.
 */
@RestController
@RequestMapping("/api/v1/sla-policies")
class SlaPolicyApiController {

	private final SlaPolicyAdministration policies;

	private final BusinessHoursAdministration calendars;

	SlaPolicyApiController(SlaPolicyAdministration policies, BusinessHoursAdministration calendars) {
		this.policies = policies;
		this.calendars = calendars;
	}

	@GetMapping
	List<SlaPolicyResource> list() {
		return policies.list().stream().map(SlaPolicyResource::of).toList();
	}

	@GetMapping("/{id}")
	SlaPolicyResource get(@PathVariable long id) {
		return SlaPolicyResource.of(policies.get(id));
	}

	@PostMapping
	ResponseEntity<SlaPolicyResource> create(@Valid @RequestBody SlaPolicyRequest request, Principal principal) {
		SlaPolicyDetails created = policies.create(definition(request), principal.getName());
		return ResponseEntity.created(URI.create("/api/v1/sla-policies/" + created.id()))
			.body(SlaPolicyResource.of(created));
	}

	@PutMapping("/{id}")
	SlaPolicyResource update(@PathVariable long id, @Valid @RequestBody SlaPolicyRequest request, Principal principal) {
		return SlaPolicyResource.of(policies.update(id, request.version(), definition(request), principal.getName()));
	}

	private SlaPolicyDefinition definition(SlaPolicyRequest request) {
		long calendarId = calendars.findByName(request.calendar())
			.orElseThrow(() -> new RuleViolationException("sla.policy.error.unknown-calendar", request.calendar()))
			.id();
		return new SlaPolicyDefinition(request.caseKind(), request.priority(), request.firstResponseMinutes(),
				request.resolutionMinutes(), calendarId, request.atRiskPercent() == null ? 80 : request.atRiskPercent(),
				request.escalationTeam(), request.active() == null || request.active());
	}

	record SlaPolicyRequest(@NotNull(message = REQUIRED) CaseKind caseKind,
			@NotNull(message = REQUIRED) Priority priority,
			@NotNull(message = REQUIRED) @Positive(message = POSITIVE) Integer firstResponseMinutes,
			@NotNull(message = REQUIRED) @Positive(message = POSITIVE) Integer resolutionMinutes,
			@NotBlank(message = REQUIRED) String calendar,
			@Min(value = 1, message = RANGE) @Max(value = 99, message = RANGE) Integer atRiskPercent,
			String escalationTeam, Boolean active, Long version) {

		static final String REQUIRED = "{sla.validation.required}";

		static final String POSITIVE = "{sla.validation.positive}";

		static final String RANGE = "{sla.validation.range}";

	}

	record SlaPolicyResource(long id, CaseKind caseKind, Priority priority, int firstResponseMinutes,
			int resolutionMinutes, String calendar, int atRiskPercent, String escalationTeam, boolean active,
			long version) {

		static SlaPolicyResource of(SlaPolicyDetails policy) {
			return new SlaPolicyResource(policy.id(), policy.caseKind(), policy.priority(),
					policy.firstResponseMinutes(), policy.resolutionMinutes(), policy.calendarName(),
					policy.atRiskPercent(), policy.escalationTeam(), policy.active(), policy.version());
		}

	}

}
