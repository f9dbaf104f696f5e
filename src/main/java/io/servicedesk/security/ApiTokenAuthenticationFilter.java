package io.servicedesk.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.servicedesk.staff.StaffService;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry a personal API token as
 * {@code Authorization: Bearer …}. A token that is unknown, revoked or belongs to a
 * deactivated person is answered with a 401 problem at once; requests without a bearer
 * token go on to HTTP Basic. A read-only token is refused (403) for anything but reading.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "bearer ";

	private final ApiTokens tokens;

	private final StaffService staffService;

	private final AuthenticationEntryPoint entryPoint;

	private final AccessDeniedHandler deniedHandler;

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

	ApiTokenAuthenticationFilter(ApiTokens tokens, StaffService staffService, AuthenticationEntryPoint entryPoint,
			AccessDeniedHandler deniedHandler) {
		this.tokens = tokens;
		this.staffService = staffService;
		this.entryPoint = entryPoint;
		this.deniedHandler = deniedHandler;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		String secret = header.substring(BEARER.length()).strip();
		ApiTokens.TokenOwner owner = tokens.ownerOf(secret).orElse(null);
		StaffUserDetails staff = owner == null ? null
				: staffService.findCredentials(owner.username())
					.map(StaffUserDetails::new)
					.filter(StaffUserDetails::isEnabled)
					.orElse(null);
		if (staff == null) {
			contexts.clearContext();
			entryPoint.commence(request, response, new InvalidApiTokenException());
			return;
		}
		if (owner.readOnly() && !SAFE_METHODS.contains(request.getMethod())) {
			contexts.clearContext();
			deniedHandler.handle(request, response, new ReadOnlyTokenException());
			return;
		}
		staff.eraseCredentials();
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(staff,
				null, staff.getAuthorities());
		authentication.setDetails(details.buildDetails(request));
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(authentication);
		contexts.setContext(context);
		chain.doFilter(request, response);
	}

	/** A read-only token used for a request that changes something. */
	static class ReadOnlyTokenException extends AccessDeniedException {

		ReadOnlyTokenException() {
			super("The API token may only read");
		}

	}

	static class InvalidApiTokenException extends BadCredentialsException {

		InvalidApiTokenException() {
			super("Unknown, revoked or inactive API token");
		}

	}

}
