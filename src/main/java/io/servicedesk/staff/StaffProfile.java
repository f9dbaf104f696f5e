package io.servicedesk.staff;

/**
 * What other modules and the API see of a staff member.
 */
public record StaffProfile(String username, String displayName, String email, Role role, String team,
		SupportedLanguage language, boolean active) {

	static StaffProfile of(StaffMember member) {
		return new StaffProfile(member.getUsername(), member.getDisplayName(), member.getEmail(), member.getRole(),
				member.getTeam() == null ? null : member.getTeam().getName(), member.getLanguage(), member.isActive());
	}

}
