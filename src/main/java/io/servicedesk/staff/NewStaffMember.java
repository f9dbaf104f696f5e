package io.servicedesk.staff;

/**
 * The data needed to add a staff member; the password is already hashed.
 */
public record NewStaffMember(String username, String displayName, String email, String passwordHash, Role role,
		String team, SupportedLanguage language) {
}
