package io.servicedesk.security;

import static org.mockito.Mockito.mock;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import io.servicedesk.staff.Role;
import io.servicedesk.staff.StaffCredentials;
import io.servicedesk.staff.SupportedLanguage;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The application's own security for a web slice: {@link SecurityConfiguration} with both
 * filter chains, the role hierarchy, method security and the second-factor policy, and
 * {@code @access} for the templates. What stands behind a sign-in (the staff rows, second
 * factors, the throttle, API tokens) is mocked: a slice signs people in with Spring
 * Security's test support instead.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, SecondFactorPolicy.class, PageAccess.class })
@EnableConfigurationProperties({ SessionLifetimeProperties.class, SecondFactorProperties.class, SsoProperties.class })
public class SecurityWebSlice {

	/**
	 * A request by an active staff member signed in as the application signs people in:
	 * the security context holds their {@link StaffUserDetails}, which the page frame
	 * reads (name, role). Their sign-in needs no second factor.
	 */
	public static RequestPostProcessor staff(String username, String displayName, Role role, String team) {
		StaffUserDetails staff = new StaffUserDetails(new StaffCredentials(username, displayName, null, role, team,
				SupportedLanguage.fallback(), true, false));
		return authentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
	}

	@Bean
	StaffUserDetailsService staffUserDetailsService() {
		return mock(StaffUserDetailsService.class);
	}

	@Bean
	SignInThrottle signInThrottle() {
		return mock(SignInThrottle.class);
	}

	@Bean
	ApiTokens apiTokens() {
		return mock(ApiTokens.class);
	}

	@Bean("secondFactors")
	SecondFactors secondFactors() {
		return mock(SecondFactors.class);
	}

}
