package io.servicedesk.staff.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.servicedesk.staff.TeamService;
import io.servicedesk.staff.TeamSummary;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /api/v1/teams} (administrators): list, create, and change a team by its name
 * (rename, lead, archive).
 */
@RestController
@RequestMapping("/api/v1/teams")
class TeamApiController {

	private final TeamService teamService;

	TeamApiController(TeamService teamService) {
		this.teamService = teamService;
	}

	@GetMapping
	StaffApiController.ItemsResource<TeamResource> list() {
		return new StaffApiController.ItemsResource<>(teamService.teams().stream().map(TeamResource::of).toList(),
				null);
	}

	@GetMapping("/{name}")
	TeamResource get(@PathVariable String name) {
		return TeamResource.of(teamService.teamNamed(name));
	}

	@PostMapping
	ResponseEntity<TeamResource> create(@Valid @RequestBody CreateTeamRequest request, Principal principal) {
		TeamSummary team = teamService.create(request.name(), request.lead(), principal.getName());
		URI location = UriComponentsBuilder.fromPath("/api/v1/teams/{name}")
			.buildAndExpand(team.name())
			.encode()
			.toUri();
		return ResponseEntity.created(location).body(TeamResource.of(team));
	}

	@PatchMapping("/{name}")
	TeamResource update(@PathVariable String name, @Valid @RequestBody UpdateTeamRequest request, Principal principal) {
		TeamSummary team = teamService.teamNamed(name);
		long id = team.id();
		if (request.name() != null || request.lead() != null) {
			String newName = request.name() == null ? team.name() : request.name();
			String lead = request.lead() == null ? team.lead() : (request.lead().isBlank() ? null : request.lead());
			team = teamService.update(id, newName, lead, request.version(), principal.getName());
		}
		if (Boolean.TRUE.equals(request.archived()) && !team.archived()) {
			team = teamService.archive(id, principal.getName());
		}
		else if (Boolean.FALSE.equals(request.archived()) && team.archived()) {
			team = teamService.restore(id, principal.getName());
		}
		return TeamResource.of(team);
	}

	record TeamResource(String name, boolean archived, String lead, long activeMembers, long version) {

		static TeamResource of(TeamSummary team) {
			return new TeamResource(team.name(), team.archived(), team.lead(), team.activeMembers(), team.version());
		}

	}

	record CreateTeamRequest(@NotBlank(message = "{validation.required}") @Size(max = 100,
			message = "{validation.too-long}") String name, String lead) {
	}

	record UpdateTeamRequest(@Size(min = 1, max = 100, message = "{validation.too-long}") String name, String lead,
			Boolean archived, Long version) {
	}

}
