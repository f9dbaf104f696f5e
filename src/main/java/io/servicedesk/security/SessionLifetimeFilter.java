package io.servicedesk.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session that is older than the absolute lifetime, or in which the
 * person has done nothing for the idle timeout. What a page does by itself — the case
 * page's presence polling every five seconds — is not the person's activity: it neither
 * counts nor keeps the session alive. The time of the last activity is kept in the
 * session (to the minute, so not every request writes it), hence on every node.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	static final String LAST_ACTIVITY = SessionLifetimeFilter.class.getName() + ".lastActivity";

	private static final Pattern POLLING = Pattern.compile("^/(inquiries|complaints)/[^/]+/presence$");

	private static final long PRECISION_MILLIS = Duration.ofMinutes(1).toMillis();

	private final Duration idleTimeout;

	private final Duration absoluteTimeout;

	private final Clock clock;

	SessionLifetimeFilter(Duration idleTimeout, Duration absoluteTimeout, Clock clock) {
		this.idleTimeout = idleTimeout;
		this.absoluteTimeout = absoluteTimeout;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (session == null || authentication == null || !(authentication.getPrincipal() instanceof StaffUserDetails)) {
			chain.doFilter(request, response);
			return;
		}
		long now = clock.millis();
		long lastActivity = session.getAttribute(LAST_ACTIVITY) instanceof Long last ? last : session.getCreationTime();
		if (now - session.getCreationTime() > absoluteTimeout.toMillis()
				|| now - lastActivity > idleTimeout.toMillis()) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			String target = request.getContextPath() + "/login?expired";
			if (request.getHeader("HX-Request") != null) {
				response.setHeader("HX-Redirect", target);
				response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			}
			else {
				response.sendRedirect(target);
			}
			return;
		}
		if (!isPolling(request) && now - lastActivity >= PRECISION_MILLIS) {
			session.setAttribute(LAST_ACTIVITY, now);
		}
		chain.doFilter(request, response);
	}

	private static boolean isPolling(HttpServletRequest request) {
		return POLLING.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

}
