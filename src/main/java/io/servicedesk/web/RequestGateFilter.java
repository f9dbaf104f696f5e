package io.servicedesk.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.servicedesk.shared.DatabaseOutage;
import io.servicedesk.shared.Foreground;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets requests into the application through the {@link RequestGate}: at most as many at
 * once as the connection pool serves without a wait, the others queue in the order they
 * came. It runs before the session and security filters, which read the database
 * themselves, and outside {@link DatabaseOutageFilter}, whose 503 tells it the database
 * is out of reach. Static files and the health endpoint pass without queueing: they read
 * no database, and a load balancer must hear of an outage at once.
 *
 * <p>
 * A request that waited as long as it may, or that would wait while the database is out
 * of reach, is answered 503 with {@code Retry-After}, a problem on the API and the
 * translated "temporarily unavailable" page for pages.
 *
 * <p>
 * The requests it admits are counted as {@link Foreground} work, to which the desk's
 * background work gives way.
 */
class RequestGateFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestGateFilter.class);

	private final RequestGate gate;

	private final StandaloneErrorPages pages;

	private final Foreground foreground;

	RequestGateFilter(RequestGate gate, StandaloneErrorPages pages, Foreground foreground) {
		this.gate = gate;
		this.pages = pages;
		this.foreground = foreground;
	}

	RequestGate gate() {
		return gate;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contextPath = request.getContextPath() == null ? "" : request.getContextPath();
		String uri = request.getRequestURI();
		String path = uri == null ? "" : uri.substring(Math.min(uri.length(), contextPath.length()));
		return path.startsWith("/assets/") || path.startsWith("/webjars/") || path.equals("/favicon.ico")
				|| path.equals("/actuator/health") || path.startsWith("/actuator/health/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RequestGate.Admission admission = gate.enter();
		if (!admission.admitted()) {
			refuse(request, response, admission.refusal());
			return;
		}
		// what the request found out about the database is told before its place passes
		// on,
		// so that the next in line does not go in to find the same
		this.foreground.enter();
		try {
			chain.doFilter(request, response);
			if (response.getStatus() == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
				gate.databaseUnavailable();
			}
			else if (response.getStatus() < HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
				gate.databaseAvailable();
			}
		}
		catch (IOException | ServletException | RuntimeException failure) {
			if (DatabaseOutage.isCauseOf(failure)) {
				gate.databaseUnavailable();
			}
			throw failure;
		}
		finally {
			this.foreground.leave();
			admission.leave();
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, RequestGate.Refusal refusal)
			throws IOException {
		response.setHeader("Retry-After", String.valueOf(DatabaseOutageFilter.RETRY_AFTER_SECONDS));
		if (refusal == RequestGate.Refusal.DATABASE_UNAVAILABLE) {
			log.warn("Database unavailable, answered {} {} with 503 without queueing it", request.getMethod(),
					request.getRequestURI());
			pages.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		log.warn("{} {} waited {} for one of the {} places and was answered 503", request.getMethod(),
				request.getRequestURI(), gate.maximumWait(), gate.places());
		pages.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error.busy.message");
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
