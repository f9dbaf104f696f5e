package io.servicedesk.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Answers unauthenticated and forbidden API requests with an RFC 9457 problem body
 * instead of a redirect to the sign-in page.
 */
class ApiProblemResponder implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper jsonMapper;

	private final MessageSource messages;

	private final LocaleResolver localeResolver;

	ApiProblemResponder(JsonMapper jsonMapper, MessageSource messages, LocaleResolver localeResolver) {
		this.jsonMapper = jsonMapper;
		this.messages = messages;
		this.localeResolver = localeResolver;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"Service Desk\"");
		if (exception instanceof SignInThrottledException throttled) {
			response.setHeader("Retry-After", String.valueOf(throttled.minutesToWait() * 60));
			write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized.title",
					throttled instanceof AddressThrottledException ? "login.error.address-throttled"
							: "login.error.throttled",
					throttled.minutesToWait());
			return;
		}
		if (exception instanceof ApiTokenAuthenticationFilter.InvalidApiTokenException) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized.title", "api-token.invalid");
			return;
		}
		write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized.title", "problem.unauthorized.detail");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		if (exception instanceof ApiTokenAuthenticationFilter.ReadOnlyTokenException) {
			write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden.title", "api-token.read-only");
			return;
		}
		if (exception instanceof org.springframework.security.authorization.AuthorizationDeniedException denied
				&& denied
					.getAuthorizationResult() instanceof org.springframework.security.authorization.FactorAuthorizationDecision) {
			// HTTP Basic of a person who signs in with a second factor
			write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized.title", "mfa.api.basic-refused");
			return;
		}
		if (exception instanceof TemporaryPasswordException) {
			write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden.title", "api.temporary-password");
			return;
		}
		write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden.title", "problem.forbidden.detail");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String titleKey,
			String detailKey, Object... arguments) throws IOException {
		Locale locale = localeResolver.resolveLocale(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", messages.getMessage(titleKey, null, locale));
		problem.put("status", status.value());
		problem.put("detail", messages.getMessage(detailKey, arguments, locale));
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		jsonMapper.writeValue(response.getOutputStream(), problem);
	}

}
