package io.servicedesk.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The second step of signing in: {@code POST /login/second-factor} with the code of the
 * authenticator app (or a recovery code) of the person signed in with their password.
 * Multi-factor support is on, so the verified factor joins the password factor of the
 * session instead of replacing it.
 */
class SecondFactorAuthenticationFilter extends AbstractAuthenticationProcessingFilter {

	static final String PAGE = "/login/second-factor";

	SecondFactorAuthenticationFilter(SecondFactors secondFactors, StaffUserDetailsService staffDetails,
			SecondFactorSuccessHandler successHandler) {
		super(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, PAGE));
		AuthenticationManager manager = new ProviderManager(
				new SecondFactorAuthenticationProvider(secondFactors, staffDetails));
		setAuthenticationManager(manager);
		setMfaEnabled(true);
		setSecurityContextRepository(new HttpSessionSecurityContextRepository());
		setAuthenticationSuccessHandler(successHandler);
		setAuthenticationFailureHandler(new SimpleUrlAuthenticationFailureHandler(PAGE + "?error"));
	}

	@Override
	public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response)
			throws AuthenticationException, IOException, ServletException {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || !(current.getPrincipal() instanceof StaffUserDetails)) {
			throw new InsufficientAuthenticationException("Sign in with the password first");
		}
		SecondFactorAuthenticationToken token = new SecondFactorAuthenticationToken(current.getName(),
				request.getParameter("code"));
		token.setDetails(authenticationDetailsSource.buildDetails(request));
		return getAuthenticationManager().authenticate(token);
	}

}
