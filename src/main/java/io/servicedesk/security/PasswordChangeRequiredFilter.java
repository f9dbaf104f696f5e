package io.servicedesk.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person signed in with a temporary password (new, or reset by an administrator) sees
 * only the password change until they have chosen their own password; signing out and
 * static assets stay reachable.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/profile/password";

	private static final List<String> ALLOWED_PREFIXES = List.of(PASSWORD_PAGE, "/logout", "/login", "/error",
			"/assets/", "/webjars/", "/favicon.ico", "/preferences/language");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffUserDetails staff
				&& staff.isMustChangePassword() && !allowed(request)) {
			String target = request.getContextPath() + PASSWORD_PAGE;
			if (request.getHeader("HX-Request") != null) {
				response.setHeader("HX-Redirect", target);
				response.setStatus(HttpServletResponse.SC_NO_CONTENT);
				return;
			}
			response.sendRedirect(target);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowed(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return ALLOWED_PREFIXES.stream().anyMatch(path::startsWith);
	}

}
