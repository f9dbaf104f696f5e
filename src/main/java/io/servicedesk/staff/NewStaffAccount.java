package io.servicedesk.staff;

/**
 * An administrator adds a person with a temporary password, which the person must replace
 * at the first sign-in.
 *
 * @param team the team's name, or {@code null} for none
 */
public record NewStaffAccount(String username, String displayName, String email, Role role, String team,
		SupportedLanguage language, String temporaryPassword) {
}
