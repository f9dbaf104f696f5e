package io.servicedesk.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Where a person goes whose session lacks the second factor, or whose last one is too old
 * for what they asked (step-up): the second-factor page, as a redirect or, for htmx, an
 * {@code HX-Redirect}. A page they asked for is kept by the request cache; for a form
 * sent (not repeatable by a redirect) the page it was sent from is remembered, to return
 * to.
 */
class SecondFactorEntryPoint implements AuthenticationEntryPoint {

	static final String RETURN_TO = SecondFactorEntryPoint.class.getName() + ".returnTo";

	static final String STEP_UP = SecondFactorEntryPoint.class.getName() + ".stepUp";

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (!HttpMethod.GET.matches(request.getMethod())) {
			String from = sameSitePath(request, request.getHeader("Referer"));
			request.getSession().setAttribute(RETURN_TO, from == null ? "/" : from);
			request.getSession().setAttribute(STEP_UP, Boolean.TRUE);
		}
		String target = request.getContextPath() + SecondFactorAuthenticationFilter.PAGE;
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return;
		}
		response.sendRedirect(target);
	}

	/** The path and query of a page of this application, or null. */
	static String sameSitePath(HttpServletRequest request, String referer) {
		if (referer == null) {
			return null;
		}
		try {
			URI uri = URI.create(referer);
			if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return null;
			}
			String path = uri.getRawPath();
			if (path == null || !path.startsWith("/") || path.startsWith("//")
					|| path.startsWith(SecondFactorAuthenticationFilter.PAGE)) {
				return null;
			}
			String contextPath = request.getContextPath();
			if (!contextPath.isEmpty()) {
				if (!path.startsWith(contextPath)) {
					return null;
				}
				path = path.substring(contextPath.length());
			}
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
