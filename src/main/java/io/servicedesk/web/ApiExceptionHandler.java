package io.servicedesk.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.shared.ContentTooLargeException;
import io.servicedesk.shared.DatabaseOutage;
import io.servicedesk.shared.DomainException;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.NotFoundException;
import io.servicedesk.shared.PreconditionFailedException;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.StaleVersionException;
import io.servicedesk.shared.web.ETags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem bodies with translated titles and details;
 * never a stack trace. 400 lists every invalid field under {@code errors}; 404 for
 * unknown references; 409 for illegal transitions and stale versions; 413 for files
 * beyond the limits; 422 where a business rule refuses.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	private final AuditLog auditLog;

	ApiExceptionHandler(MessageSource messages, AuditLog auditLog) {
		this.messages = messages;
		this.auditLog = auditLog;
		setMessageSource(messages);
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException exception, Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "problem.not-found.title",
				messages.getMessage("problem.not-found.detail", new Object[] { exception.getReference() }, locale),
				locale);
	}

	@ExceptionHandler
	ProblemDetail illegalTransition(IllegalTransitionException exception, Locale locale) {
		return problem(HttpStatus.CONFLICT, "problem.conflict.title", translate(exception, locale), locale);
	}

	@ExceptionHandler
	ProblemDetail staleVersion(StaleVersionException exception, Locale locale) {
		return problem(HttpStatus.CONFLICT, "problem.conflict.title", translate(exception, locale), locale);
	}

	@ExceptionHandler
	ProblemDetail preconditionFailed(PreconditionFailedException exception, Locale locale) {
		return problem(HttpStatus.PRECONDITION_FAILED, "problem.precondition.title", translate(exception, locale),
				locale);
	}

	/** An {@code If-Match} that is not an entity tag of this API. */
	@ExceptionHandler
	ProblemDetail unreadableHeader(ETags.InvalidEntityTagException exception, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.validation.title",
				messages.getMessage("problem.validation.detail", null, locale), locale);
		problem.setProperty("errors",
				List.of(field(HttpHeaders.IF_MATCH, messages.getMessage("validation.invalid-value", null, locale))));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail optimisticLock(OptimisticLockingFailureException exception, HttpServletRequest request,
			Locale locale) {
		return problem(HttpStatus.CONFLICT, "problem.conflict.title", messages.getMessage("error.stale-version",
				new Object[] { ChangedObjects.name(request, messages, locale) }, locale), locale);
	}

	@ExceptionHandler
	ProblemDetail tooLarge(ContentTooLargeException exception, Locale locale) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "error.413.title", translate(exception, locale), locale);
	}

	@ExceptionHandler
	ProblemDetail ruleViolation(RuleViolationException exception, Locale locale) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "problem.rule.title", translate(exception, locale), locale);
	}

	@ExceptionHandler
	ProblemDetail forbidden(AccessDeniedException exception, HttpServletRequest request, Principal principal,
			Locale locale) {
		auditLog.record(AuditRecord.of(principal == null ? "anonymous" : principal.getName(), "security.access-denied",
				"request", request.getMethod() + " " + request.getRequestURI()));
		return problem(HttpStatus.FORBIDDEN, "problem.forbidden.title",
				messages.getMessage("problem.forbidden.detail", null, locale), locale);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception exception, Locale locale) {
		if (DatabaseOutage.isCauseOf(exception)) {
			log.warn("Database unavailable: {}", exception.getMessage());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutageFilter.RETRY_AFTER_SECONDS))
				.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "error.503.title",
						messages.getMessage("error.503.message", null, locale), locale));
		}
		return ResponseEntity.internalServerError().body(serverError(exception, locale));
	}

	private ProblemDetail serverError(Exception exception, Locale locale) {
		String reference = "ERR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		log.error("Server error {}", reference, exception);
		ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "error.500.title",
				messages.getMessage("error.500.detail", new Object[] { reference }, locale), locale);
		problem.setProperty("reference", reference);
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = request.getLocale();
		List<Map<String, Object>> errors = exception.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> fieldError(error, locale))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.validation.title",
				messages.getMessage("problem.validation.detail", null, locale), locale);
		problem.setProperty("errors", errors);
		return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * A body that is not JSON, or whose values do not fit: the fields named by their path
	 * in the body ({@code lines[0].description}).
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = request.getLocale();
		JacksonException cause = exception.getCause() instanceof JacksonException jackson ? jackson : null;
		ProblemDetail problem;
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String key = cause instanceof InputTextModule.ControlCharactersException ? "validation.control-characters"
					: cause instanceof InvalidNullException ? "validation.required" : "validation.invalid-value";
			problem = problem(HttpStatus.BAD_REQUEST, "problem.validation.title",
					messages.getMessage("problem.validation.detail", null, locale), locale);
			problem.setProperty("errors", List.of(field(path(mismatch), messages.getMessage(key, null, locale))));
		}
		else {
			String key = cause instanceof StreamReadException || cause == null ? "problem.unreadable.detail"
					: "problem.unreadable.values";
			problem = problem(HttpStatus.BAD_REQUEST, "problem.validation.title",
					messages.getMessage(key, null, locale), locale);
		}
		return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		Locale locale = request.getLocale();
		String name = exception instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
				: exception.getPropertyName();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.validation.title",
				messages.getMessage("problem.validation.detail", null, locale), locale);
		problem.setProperty("errors",
				List.of(field(name, messages.getMessage("validation.invalid-value", null, locale))));
		return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(
			MissingServletRequestParameterException exception, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		Locale locale = request.getLocale();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.validation.title",
				messages.getMessage("problem.validation.detail", null, locale), locale);
		problem.setProperty("errors",
				List.of(field(exception.getParameterName(), messages.getMessage("validation.required", null, locale))));
		return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static String path(JacksonException exception) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : exception.getPath()) {
			if (reference.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static Map<String, Object> field(String name, String message) {
		Map<String, Object> field = new LinkedHashMap<>();
		field.put("field", name);
		field.put("message", message);
		return field;
	}

	private Map<String, Object> fieldError(FieldError error, Locale locale) {
		Map<String, Object> field = field(error.getField(), messages.getMessage(error, locale));
		if (error.getRejectedValue() != null && !(error.getRejectedValue() instanceof Iterable<?>)
				&& !isSecret(error.getField())) {
			field.put("rejectedValue", String.valueOf(error.getRejectedValue()));
		}
		return field;
	}

	/**
	 * Passwords and tokens are never sent back, not even as the value that was refused.
	 */
	private static boolean isSecret(String field) {
		String name = field.toLowerCase(Locale.ROOT);
		return name.contains("password") || name.contains("secret") || name.contains("token");
	}

	private String translate(DomainException exception, Locale locale) {
		return messages.getMessage(exception.getMessageKey(), exception.getArguments(), exception.getMessageKey(),
				locale);
	}

	private ProblemDetail problem(HttpStatus status, String titleKey, String detail, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(messages.getMessage(titleKey, null, locale));
		return problem;
	}

}
