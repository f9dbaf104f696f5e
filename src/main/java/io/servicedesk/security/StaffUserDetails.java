package io.servicedesk.security;

import java.util.Collection;
import java.util.List;

import io.servicedesk.staff.Role;
import io.servicedesk.staff.StaffCredentials;
import io.servicedesk.staff.SupportedLanguage;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member as the security context (and so the session) holds it.
 */
public class StaffUserDetails implements UserDetails, CredentialsContainer {

	private static final long serialVersionUID = 1L;

	private final String username;

	private final String displayName;

	private final Role role;

	private final String team;

	private final SupportedLanguage language;

	private final boolean active;

	private final boolean mustChangePassword;

	private final boolean secondFactorEnrolled;

	private String passwordHash;

	StaffUserDetails(StaffCredentials credentials) {
		this(credentials, false);
	}

	StaffUserDetails(StaffCredentials credentials, boolean secondFactorEnrolled) {
		this.secondFactorEnrolled = secondFactorEnrolled;
		this.username = credentials.username();
		this.displayName = credentials.displayName();
		this.role = credentials.role();
		this.team = credentials.team();
		this.language = credentials.language();
		this.active = credentials.active();
		this.mustChangePassword = credentials.mustChangePassword();
		this.passwordHash = credentials.passwordHash();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return active;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	public String getDisplayName() {
		return displayName;
	}

	public Role getRole() {
		return role;
	}

	public String getTeam() {
		return team;
	}

	public SupportedLanguage getLanguage() {
		return language;
	}

	/**
	 * Signs in with a second factor (enrolled when signing in).
	 */
	public boolean isSecondFactorEnrolled() {
		return secondFactorEnrolled;
	}

	/**
	 * Signed in with a temporary password: every page leads to the password change until
	 * it is done.
	 */
	public boolean isMustChangePassword() {
		return mustChangePassword;
	}

}
