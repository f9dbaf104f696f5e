package io.servicedesk.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A form or API request with files that is larger than the desk takes is answered with
 * 413 before anything reads it: by its declared length, or, for a request sent without
 * one, when the container stops reading it at the limit. Otherwise the security filters
 * would find no CSRF token in the form they could not read and answer 403. The answer is
 * a problem on the API and the translated error page for pages (the frame's navigation
 * would read the session, which this filter runs before).
 */
class UploadSizeFilter extends OncePerRequestFilter {

	private final ApiProblems problems;

	private final StandaloneErrorPages pages;

	private final long maxRequestSize;

	UploadSizeFilter(ApiProblems problems, StandaloneErrorPages pages, MultipartConfigElement multipart) {
		this.problems = problems;
		this.pages = pages;
		this.maxRequestSize = multipart.getMaxRequestSize();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isMultipart(request) && maxRequestSize > 0
				&& (request.getContentLengthLong() > maxRequestSize || stoppedAtLimit(request))) {
			if (ApiProblems.isApiRequest(request)) {
				problems.write(request, response,
						ApiProblems.Problem.of(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error.413.title",
								"attachment.request-too-large", maxRequestSize / (1024 * 1024)));
				return;
			}
			pages.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.regionMatches(true, 0, MediaType.MULTIPART_FORM_DATA_VALUE, 0,
				MediaType.MULTIPART_FORM_DATA_VALUE.length());
	}

	/**
	 * Reads the form (as the next filter would): Tomcat refuses to read a part beyond the
	 * limit and says so by the exception it throws from then on.
	 */
	private static boolean stoppedAtLimit(HttpServletRequest request) {
		try {
			request.getParameterMap();
			return false;
		}
		catch (IllegalStateException refused) {
			for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
				if (cause.getClass().getSimpleName().endsWith("SizeException")
						|| cause.getClass().getSimpleName().contains("SizeLimitExceeded")) {
					return true;
				}
			}
			throw refused;
		}
	}

}
