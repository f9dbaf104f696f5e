package io.servicedesk.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's counterpart of {@link PasswordChangeRequiredFilter}: HTTP Basic with a
 * temporary password is refused (403) until its owner has chosen their own password.
 */
class TemporaryPasswordApiFilter extends OncePerRequestFilter {

	private final AccessDeniedHandler deniedHandler;

	TemporaryPasswordApiFilter(AccessDeniedHandler deniedHandler) {
		this.deniedHandler = deniedHandler;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffUserDetails staff
				&& staff.isMustChangePassword()) {
			deniedHandler.handle(request, response, new TemporaryPasswordException());
			return;
		}
		chain.doFilter(request, response);
	}

}
