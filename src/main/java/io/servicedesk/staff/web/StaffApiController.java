package io.servicedesk.staff.web;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.servicedesk.staff.AcceptablePassword;
import io.servicedesk.staff.NewStaffAccount;
import io.servicedesk.staff.Role;
import io.servicedesk.staff.StaffChanges;
import io.servicedesk.staff.StaffProfile;
import io.servicedesk.staff.StaffSearch;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.SupportedLanguage;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/staff} (administrators): the same rules as the staff pages.
 */
@RestController
@RequestMapping("/api/v1/staff")
class StaffApiController {

	private final StaffService staffService;

	StaffApiController(StaffService staffService) {
		this.staffService = staffService;
	}

	@GetMapping
	ItemsResource<StaffResource> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Role role, @RequestParam(required = false) String team,
			@RequestParam(required = false) Boolean active,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
			@RequestParam(required = false) String after) {
		List<StaffProfile> page = staffService.list(new StaffSearch(q, role, team, active), after, limit + 1);
		List<StaffResource> items = page.stream().limit(limit).map(StaffResource::of).toList();
		String next = page.size() > limit ? items.get(items.size() - 1).username() : null;
		return new ItemsResource<>(items, next);
	}

	@PostMapping
	ResponseEntity<StaffResource> create(@Valid @RequestBody CreateStaffRequest request, Principal principal) {
		StaffProfile created = staffService.create(request.toAccount(), principal.getName());
		return ResponseEntity.created(URI.create("/api/v1/staff/" + created.username()))
			.body(StaffResource.of(created));
	}

	@GetMapping("/{username}")
	StaffResource get(@PathVariable String username) {
		return StaffResource.of(staffService.profile(username));
	}

	@PatchMapping("/{username}")
	StaffResource update(@PathVariable String username, @Valid @RequestBody UpdateStaffRequest request,
			Principal principal) {
		StaffChanges changes = StaffChanges.from(staffService.profile(username));
		if (request.displayName() != null) {
			changes = changes.withDisplayName(request.displayName());
		}
		if (request.email() != null) {
			changes = changes.withEmail(request.email());
		}
		if (request.role() != null) {
			changes = changes.withRole(request.role());
		}
		if (request.team() != null) {
			changes = changes.withTeam(request.team().isBlank() ? null : request.team());
		}
		if (request.language() != null) {
			changes = changes.withLanguage(request.language());
		}
		return StaffResource
			.of(staffService.update(username, changes.expectingVersion(request.version()), principal.getName()));
	}

	@PostMapping("/{username}/deactivate")
	StaffResource deactivate(@PathVariable String username, Principal principal) {
		return StaffResource.of(staffService.deactivate(username, principal.getName()));
	}

	@PostMapping("/{username}/reactivate")
	StaffResource reactivate(@PathVariable String username, Principal principal) {
		return StaffResource.of(staffService.reactivate(username, principal.getName()));
	}

	@PostMapping("/{username}/reset-password")
	StaffResource resetPassword(@PathVariable String username, @Valid @RequestBody ResetPasswordRequest request,
			Principal principal) {
		return StaffResource.of(staffService.resetPassword(username, request.temporaryPassword(), principal.getName()));
	}

	record ItemsResource<T>(List<T> items, String next) {
	}

	record StaffResource(String username, String displayName, String email, Role role, String team, String locale,
			boolean active, boolean mustChangePassword, Instant createdAt, Instant deactivatedAt, long version) {

		static StaffResource of(StaffProfile profile) {
			return new StaffResource(profile.username(), profile.displayName(), profile.email(), profile.role(),
					profile.team(), profile.language().tag(), profile.active(), profile.mustChangePassword(),
					profile.createdAt(), profile.deactivatedAt(), profile.version());
		}

	}

	record CreateStaffRequest(
			@NotBlank(message = "{validation.required}") @Pattern(regexp = StaffForm.USERNAME_PATTERN,
					message = "{staff.username.invalid}") String username,
			@NotBlank(message = "{validation.required}") @Size(max = 200,
					message = "{validation.too-long}") String displayName,
			@Email(message = "{validation.email}") @Size(max = 320, message = "{validation.too-long}") String email,
			@NotNull(message = "{validation.required}") Role role, String team,
			@NotNull(message = "{validation.required}") SupportedLanguage language,
			@NotBlank(message = "{validation.required}") @AcceptablePassword String temporaryPassword) {

		NewStaffAccount toAccount() {
			return new NewStaffAccount(username, displayName, email, role, team, language, temporaryPassword);
		}

	}

	record UpdateStaffRequest(@Size(min = 1, max = 200, message = "{validation.too-long}") String displayName,
			@Email(message = "{validation.email}") @Size(max = 320, message = "{validation.too-long}") String email,
			Role role, String team, SupportedLanguage language, Long version) {
	}

	record ResetPasswordRequest(
			@NotBlank(message = "{validation.required}") @AcceptablePassword String temporaryPassword) {
	}

}
