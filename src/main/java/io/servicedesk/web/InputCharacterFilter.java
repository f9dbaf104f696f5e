package io.servicedesk.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.servicedesk.shared.ControlCharacters;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place where the text of a request that is not JSON is checked for control
 * characters and its query for length, before anything reads it: the path, every query
 * and form parameter (its name too) and the username of HTTP Basic. Such a request is
 * answered with 400 naming the field: a problem on the API, the translated error page for
 * pages. JSON bodies are checked as they are read (see {@link InputTextModule}).
 */
class InputCharacterFilter extends OncePerRequestFilter {

	static final String FIELD_ATTRIBUTE = InputCharacterFilter.class.getName() + ".field";

	/**
	 * The longest query string taken. Tomcat reads request lines up to four times as long
	 * ({@code server.max-http-request-header-size}), so a longer one is answered here, in
	 * the product's words, rather than by the container.
	 */
	static final int MAX_QUERY_LENGTH = 8192;

	private final ApiProblems problems;

	InputCharacterFilter(ApiProblems problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (query != null && query.length() > MAX_QUERY_LENGTH) {
			if (ApiProblems.isApiRequest(request)) {
				problems.write(request, response, ApiProblems.Problem.of(HttpServletResponse.SC_REQUEST_URI_TOO_LONG,
						"error.414.title", "error.414.message"));
				return;
			}
			response.sendError(HttpServletResponse.SC_REQUEST_URI_TOO_LONG);
			return;
		}
		Optional<String> field = offendingField(request);
		if (field.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		if (ApiProblems.isApiRequest(request)) {
			problems.write(request, response,
					ApiProblems.invalidFields(400, List.of(field.get()), "validation.control-characters"));
			return;
		}
		request.setAttribute(FIELD_ATTRIBUTE, field.get());
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

	private static Optional<String> offendingField(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (ControlCharacters.contains(path) || ControlCharacters.contains(decodedPath(request))) {
			return Optional.of("path");
		}
		for (Map.Entry<String, String[]> parameter : parametersOf(request).entrySet()) {
			if (ControlCharacters.contains(parameter.getKey())) {
				return Optional.of("parameter");
			}
			for (String value : parameter.getValue()) {
				if (ControlCharacters.contains(value)) {
					return Optional.of(parameter.getKey());
				}
			}
		}
		return basicUsername(request).filter(ControlCharacters::contains).map(username -> "username");
	}

	private static String decodedPath(HttpServletRequest request) {
		String servletPath = request.getServletPath();
		String pathInfo = request.getPathInfo();
		return pathInfo == null ? servletPath : servletPath + pathInfo;
	}

	private static Map<String, String[]> parametersOf(HttpServletRequest request) {
		try {
			return request.getParameterMap();
		}
		catch (IllegalArgumentException | IllegalStateException unreadable) {
			return Map.of();
		}
	}

	private static Optional<String> basicUsername(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return Optional.empty();
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
		}
		catch (IllegalArgumentException notBase64) {
			return Optional.empty();
		}
	}

}
