package io.servicedesk.staff;

/**
 * What signing in needs to know about a staff member. Only the security module asks for
 * it.
 */
public record StaffCredentials(String username, String displayName, String passwordHash, Role role, String team,
		SupportedLanguage language, boolean active, boolean mustChangePassword) {

	/** No username is longer (the column's width). */
	public static final int MAX_USERNAME_LENGTH = 64;

	static StaffCredentials of(StaffMember member) {
		return new StaffCredentials(member.getUsername(), member.getDisplayName(), member.getPasswordHash(),
				member.getRole(), member.getTeam() == null ? null : member.getTeam().getName(), member.getLanguage(),
				member.isActive(), member.isMustChangePassword());
	}

}
