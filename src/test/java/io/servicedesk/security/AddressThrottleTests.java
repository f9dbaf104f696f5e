package io.servicedesk.security;

import java.time.Clock;
import java.time.Duration;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.support.IntegrationTest;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Many usernames tried from one network address stop that address, even for a right
 * password, and no other. (The suite's own sign-ins all come from the loopback address,
 * so the limit is set here on a throttle of this test's own.)
 */
@IntegrationTest
class AddressThrottleTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog auditLog;

	@Autowired
	StaffUserDetailsService staff;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	SecondFactors secondFactors;

	@Test
	void fortyUsernamesFromOneAddressAreNotTriedFreely() {
		SignInThrottle throttle = new SignInThrottle(jdbc, Clock.systemUTC(), new SignInThrottleProperties(5,
				Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(1), 20));
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(staff);
		passwords.setPasswordEncoder(passwordEncoder);
		AuthenticationProvider provider = new ThrottlingAuthenticationProvider(passwords, throttle, auditLog,
				secondFactors);
		String address = "203.0.113." + (1 + System.nanoTime() % 250);

		for (int attempt = 1; attempt <= 20; attempt++) {
			String guess = "guess-" + attempt + "-" + System.nanoTime();
			assertThatThrownBy(() -> provider.authenticate(attempt(guess, "password", address)))
				.isInstanceOf(BadCredentialsException.class);
		}

		assertThatThrownBy(() -> provider.authenticate(attempt("agent", "demo", address)))
			.isInstanceOf(AddressThrottledException.class);
		assertThat(provider.authenticate(attempt("agent", "demo", "203.0.113.251")).isAuthenticated()).isTrue();
	}

	private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		token.setDetails(new WebAuthenticationDetails((HttpServletRequest) request));
		return token;
	}

}
