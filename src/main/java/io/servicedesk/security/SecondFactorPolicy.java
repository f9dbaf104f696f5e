package io.servicedesk.security;

import java.util.Set;
import java.util.function.Predicate;

import io.servicedesk.staff.Role;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who must show a second factor: a person who signed in with their password (form or HTTP
 * Basic) and has enrolled, or whose role requires it
 * ({@code servicedesk.security.mfa.required-roles}). Sign-ins through single sign-on
 * leave the second factor to the identity provider; a personal API token was created
 * behind the second factor.
 */
@Component
public class SecondFactorPolicy implements Predicate<Authentication> {

	/** The authority of a verified second factor (a TOTP code or a recovery code). */
	static final String TOTP_AUTHORITY = "FACTOR_TOTP";

	private volatile Set<Role> requiredRoles;

	SecondFactorPolicy(SecondFactorProperties properties) {
		this.requiredRoles = properties.requiredRoles();
	}

	/** Changes the roles that require a second factor while the application runs. */
	public void requireFor(Set<Role> roles) {
		this.requiredRoles = Set.copyOf(roles);
	}

	@Override
	public boolean test(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| !(authentication.getPrincipal() instanceof StaffUserDetails staff)) {
			return false;
		}
		if (!hasAuthority(authentication, FactorGrantedAuthority.PASSWORD_AUTHORITY)) {
			return false;
		}
		return staff.isSecondFactorEnrolled() || requiredRoles.contains(staff.getRole());
	}

	/** Whether the person's role requires a second factor. */
	public boolean requiredFor(StaffUserDetails staff) {
		return requiredFor(staff.getRole());
	}

	public boolean requiredFor(Role role) {
		return requiredRoles.contains(role);
	}

	static boolean hasAuthority(Authentication authentication, String authority) {
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			if (authority.equals(granted.getAuthority())) {
				return true;
			}
		}
		return false;
	}

}
