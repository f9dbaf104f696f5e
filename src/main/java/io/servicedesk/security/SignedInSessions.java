package io.servicedesk.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Replaces the person a session holds after a change of their own (a new password, a
 * second factor enrolled), keeping the factors they signed in with.
 */
final class SignedInSessions {

	private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

	private SignedInSessions() {
	}

	/**
	 * @param secondFactorNow whether the person has just shown a second factor
	 */
	static void replace(StaffUserDetails staff, boolean secondFactorNow, HttpServletRequest request,
			HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		staff.eraseCredentials();
		List<GrantedAuthority> authorities = new ArrayList<>(staff.getAuthorities());
		if (current != null) {
			for (GrantedAuthority authority : current.getAuthorities()) {
				if (authority instanceof FactorGrantedAuthority
						&& !(secondFactorNow && SecondFactorPolicy.TOTP_AUTHORITY.equals(authority.getAuthority()))) {
					authorities.add(authority);
				}
			}
		}
		if (secondFactorNow) {
			authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactorPolicy.TOTP_AUTHORITY));
		}
		UsernamePasswordAuthenticationToken replacement = UsernamePasswordAuthenticationToken.authenticated(staff, null,
				authorities);
		if (current != null) {
			replacement.setDetails(current.getDetails());
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(replacement);
		SecurityContextHolder.setContext(context);
		CONTEXTS.saveContext(context, request, response);
	}

}
