package io.servicedesk.security;

import java.util.Collection;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the signed-in staff member may see, for templates:
 * {@code th:if="${@access.supervisor()}"}. It reads the roles of the current sign-in
 * through the role hierarchy, so a supervisor sees everything an agent sees. Pages ask it
 * a dozen times each; it costs a look at the sign-in's few roles, where a security
 * expression is parsed and evaluated anew every time.
 */
@Component("access")
public class PageAccess {

	private final RoleHierarchy roleHierarchy;

	PageAccess(RoleHierarchy roleHierarchy) {
		this.roleHierarchy = roleHierarchy;
	}

	public boolean signedIn() {
		return current() != null;
	}

	public boolean agent() {
		return has("ROLE_AGENT");
	}

	public boolean supervisor() {
		return has("ROLE_SUPERVISOR");
	}

	public boolean admin() {
		return has("ROLE_ADMIN");
	}

	private boolean has(String role) {
		Authentication authentication = current();
		if (authentication == null) {
			return false;
		}
		Collection<? extends GrantedAuthority> reachable = roleHierarchy
			.getReachableGrantedAuthorities(authentication.getAuthorities());
		return reachable.stream().anyMatch(authority -> role.equals(authority.getAuthority()));
	}

	private static Authentication current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken ? null : authentication;
	}

}
