package io.servicedesk.staff;

import java.time.Instant;

/**
 * What other modules and the API see of a staff member, with the name and id of their
 * team. {@code version} lets an editor detect that somebody else changed the person in
 * the meantime.
 */
public record StaffProfile(String username, String displayName, String email, Role role, String team, Long teamId,
		SupportedLanguage language, boolean active, boolean mustChangePassword, Instant createdAt,
		Instant deactivatedAt, long version) {

	static StaffProfile of(StaffMember member) {
		return new StaffProfile(member.getUsername(), member.getDisplayName(), member.getEmail(), member.getRole(),
				member.getTeam() == null ? null : member.getTeam().getName(),
				member.getTeam() == null ? null : member.getTeam().getId(), member.getLanguage(), member.isActive(),
				member.isMustChangePassword(), member.getCreatedAt(), member.getDeactivatedAt(), member.getVersion());
	}

}
