package io.servicedesk.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.servicedesk.shared.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is out of reach, every request fails somewhere: loading the session,
 * signing in, or in a page's work. This filter, outside the session and security filters,
 * answers all of them the same way, at once: 503 with {@code Retry-After}, the translated
 * "temporarily unavailable" page or a problem on the API. Nothing is half-saved: what
 * failed was rolled back with its transaction.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 10;

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private final StandaloneErrorPages pages;

	DatabaseOutageFilter(StandaloneErrorPages pages) {
		this.pages = pages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException failure) {
			if (!DatabaseOutage.isCauseOf(failure) || response.isCommitted()) {
				throw failure;
			}
			log.warn("Database unavailable, answered {} {} with 503: {}", request.getMethod(), request.getRequestURI(),
					failure.getMessage());
			response.reset();
			response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
			pages.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
