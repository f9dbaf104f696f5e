package io.servicedesk.security;

import io.servicedesk.staff.StaffService;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads staff members for password authentication (see
 * {@link ThrottlingAuthenticationProvider}).
 */
@Component
class StaffUserDetailsService implements UserDetailsService {

	private final StaffService staffService;

	private final SecondFactors secondFactors;

	StaffUserDetailsService(StaffService staffService, SecondFactors secondFactors) {
		this.staffService = staffService;
		this.secondFactors = secondFactors;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return staffService.findCredentials(username)
			.map(credentials -> new StaffUserDetails(credentials, secondFactors.isEnrolled(credentials.username())))
			.orElseThrow(() -> new UsernameNotFoundException("No staff member " + username));
	}

}
