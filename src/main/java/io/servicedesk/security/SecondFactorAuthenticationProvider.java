package io.servicedesk.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a second-factor code (authenticator app or recovery code) and answers with the
 * person and a {@link FactorGrantedAuthority} {@value SecondFactorPolicy#TOTP_AUTHORITY}
 * issued now; Spring Security's multi-factor support adds it to the password factor of
 * the session.
 */
class SecondFactorAuthenticationProvider implements AuthenticationProvider {

	private final SecondFactors secondFactors;

	private final StaffUserDetailsService staffDetails;

	SecondFactorAuthenticationProvider(SecondFactors secondFactors, StaffUserDetailsService staffDetails) {
		this.secondFactors = secondFactors;
		this.staffDetails = staffDetails;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		SecondFactors.Verification verification = secondFactors.verify(username,
				(String) authentication.getCredentials(), address);
		if (verification.isThrottled()) {
			throw new SignInThrottledException(verification.waitFor());
		}
		if (!verification.accepted()) {
			throw new BadCredentialsException("Wrong second-factor code");
		}
		StaffUserDetails staff = (StaffUserDetails) staffDetails.loadUserByUsername(username);
		if (!staff.isEnabled()) {
			throw new BadCredentialsException("Staff member is deactivated");
		}
		staff.eraseCredentials();
		UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(staff, null,
				withSecondFactor(staff.getAuthorities()));
		result.setDetails(authentication.getDetails());
		return result;
	}

	static List<GrantedAuthority> withSecondFactor(java.util.Collection<? extends GrantedAuthority> authorities) {
		List<GrantedAuthority> result = new ArrayList<>();
		for (GrantedAuthority authority : authorities) {
			if (!SecondFactorPolicy.TOTP_AUTHORITY.equals(authority.getAuthority())) {
				result.add(authority);
			}
		}
		result.add(FactorGrantedAuthority.fromAuthority(SecondFactorPolicy.TOTP_AUTHORITY));
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return SecondFactorAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
