package io.servicedesk.staff.web;

import java.security.Principal;

import io.servicedesk.staff.StaffNotFoundException;
import io.servicedesk.staff.StaffProfile;
import io.servicedesk.staff.StaffService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/me}: the signed-in staff member.
 */
@RestController
@RequestMapping("/api/v1/me")
class MeApiController {

	private final StaffService staffService;

	MeApiController(StaffService staffService) {
		this.staffService = staffService;
	}

	@GetMapping
	MeResource me(Principal principal) {
		return staffService.findProfile(principal.getName())
			.map(MeResource::of)
			.orElseThrow(() -> new StaffNotFoundException(principal.getName()));
	}

	record MeResource(String username, String displayName, String email, String role, String team, String locale) {

		static MeResource of(StaffProfile profile) {
			return new MeResource(profile.username(), profile.displayName(), profile.email(), profile.role().name(),
					profile.team(), profile.language().tag());
		}

	}

}
