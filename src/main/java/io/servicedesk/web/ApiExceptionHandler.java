package io.servicedesk.web;

import java.util.Locale;
import java.util.UUID;

import io.servicedesk.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem bodies with translated titles; never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException exception, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage("problem.not-found.detail", new Object[] { exception.getReference() }, locale));
		problem.setTitle(messages.getMessage("problem.not-found.title", null, locale));
		return problem;
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception exception, Locale locale) {
		String reference = "ERR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		log.error("Server error {}", reference, exception);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				messages.getMessage("error.500.detail", new Object[] { reference }, locale));
		problem.setTitle(messages.getMessage("error.500.title", null, locale));
		problem.setProperty("reference", reference);
		return problem;
	}

}
