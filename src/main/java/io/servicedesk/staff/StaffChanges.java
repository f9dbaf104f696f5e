package io.servicedesk.staff;

/**
 * An administrator's edit of a person: the complete new state of what may be edited.
 *
 * @param team the team's name, or {@code null} for none
 * @param expectedVersion the version the editor started from, or {@code null} not to
 * check it
 */
public record StaffChanges(String displayName, String email, Role role, String team, SupportedLanguage language,
		Long expectedVersion) {

	/** The current state, for an edit that changes only some of it. */
	public static StaffChanges from(StaffProfile profile) {
		return new StaffChanges(profile.displayName(), profile.email(), profile.role(), profile.team(),
				profile.language(), null);
	}

	public StaffChanges withDisplayName(String value) {
		return new StaffChanges(value, email, role, team, language, expectedVersion);
	}

	public StaffChanges withEmail(String value) {
		return new StaffChanges(displayName, value, role, team, language, expectedVersion);
	}

	public StaffChanges withRole(Role value) {
		return new StaffChanges(displayName, email, value, team, language, expectedVersion);
	}

	public StaffChanges withTeam(String value) {
		return new StaffChanges(displayName, email, role, value, language, expectedVersion);
	}

	public StaffChanges withLanguage(SupportedLanguage value) {
		return new StaffChanges(displayName, email, role, team, value, expectedVersion);
	}

	public StaffChanges expectingVersion(Long value) {
		return new StaffChanges(displayName, email, role, team, language, value);
	}

}
