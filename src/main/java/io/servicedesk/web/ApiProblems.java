package io.servicedesk.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Problem bodies (RFC 9457) for answers given outside the API's controllers: by filters
 * before a handler runs, and by the error controller for what the container or the
 * framework refused.
 */
@Component
class ApiProblems {

	private final JsonMapper jsonMapper;

	private final MessageSource messages;

	private final LocaleResolver localeResolver;

	ApiProblems(JsonMapper jsonMapper, MessageSource messages, LocaleResolver localeResolver) {
		this.jsonMapper = jsonMapper;
		this.messages = messages;
		this.localeResolver = localeResolver;
	}

	/**
	 * A request for the API or the operations endpoints, which answer problems, not
	 * pages; on an error dispatch, the request that failed.
	 */
	static boolean isApiRequest(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = original instanceof String failed ? failed : request.getRequestURI();
		if (uri == null) {
			return false;
		}
		String contextPath = request.getContextPath() == null ? "" : request.getContextPath();
		String path = uri.substring(Math.min(uri.length(), contextPath.length()));
		return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator")
				|| path.startsWith("/v3/api-docs");
	}

	/**
	 * A 400 or 422 problem whose {@code errors} name the fields, all with one message.
	 */
	static Problem invalidFields(int status, List<String> fields, String messageKey) {
		return new Problem(status, "problem.validation.title", "problem.validation.detail", new Object[0],
				fields.stream().map(field -> new FieldProblem(field, messageKey)).toList(), Map.of());
	}

	record FieldProblem(String field, String messageKey) {
	}

	record Problem(int status, String titleKey, String detailKey, Object[] detailArguments, List<FieldProblem> errors,
			Map<String, Object> properties) {

		static Problem of(int status, String titleKey, String detailKey, Object... detailArguments) {
			return new Problem(status, titleKey, detailKey, detailArguments, List.of(), Map.of());
		}

	}

	Map<String, Object> body(HttpServletRequest request, Problem problem) {
		Locale locale = localeResolver.resolveLocale(request);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title",
				messages.getMessage(problem.titleKey(), null, HttpStatus.valueOf(problem.status()).name(), locale));
		body.put("status", problem.status());
		body.put("detail",
				messages.getMessage(problem.detailKey(), problem.detailArguments(), problem.detailKey(), locale));
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		body.put("instance", original instanceof String failed ? failed : request.getRequestURI());
		if (!problem.errors().isEmpty()) {
			body.put("errors", problem.errors().stream().map(error -> {
				Map<String, Object> field = new LinkedHashMap<>();
				field.put("field", error.field());
				field.put("message", messages.getMessage(error.messageKey(), null, error.messageKey(), locale));
				return field;
			}).toList());
		}
		body.putAll(problem.properties());
		return body;
	}

	void write(HttpServletRequest request, HttpServletResponse response, Problem problem) throws IOException {
		response.setStatus(problem.status());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		jsonMapper.writeValue(response.getOutputStream(), body(request, problem));
	}

}
