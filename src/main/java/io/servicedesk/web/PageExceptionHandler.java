package io.servicedesk.web;

import java.security.Principal;

import java.util.Locale;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.shared.ContentTooLargeException;
import io.servicedesk.shared.DomainException;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.NotFoundException;
import io.servicedesk.shared.RefusedAccessException;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.StaleVersionException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Errors of pages, shown inside the page frame. Controllers that can keep the user's
 * input handle refusals themselves (re-showing the form with the message); these are the
 * fall-backs. Unexpected exceptions go on to the error page with a reference (see
 * {@link ErrorReferenceAttributes}).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

	private final MessageSource messages;

	private final AuditLog auditLog;

	PageExceptionHandler(MessageSource messages, AuditLog auditLog) {
		this.messages = messages;
		this.auditLog = auditLog;
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(NotFoundException exception, Model model) {
		model.addAttribute("reference", exception.getReference());
		return "error/404";
	}

	@ExceptionHandler({ IllegalTransitionException.class, StaleVersionException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(DomainException exception, Model model, Locale locale) {
		model.addAttribute("message", translate(exception, locale));
		return "error/409";
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.CONFLICT)
	String optimisticLock(OptimisticLockingFailureException exception, HttpServletRequest request, Model model,
			Locale locale) {
		model.addAttribute("message", messages.getMessage("error.stale-version",
				new Object[] { ChangedObjects.name(request, messages, locale) }, locale));
		return "error/409";
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
	String tooLarge(ContentTooLargeException exception, Model model, Locale locale) {
		model.addAttribute("message", translate(exception, locale));
		return "error/409";
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
	String ruleViolation(RuleViolationException exception, Model model, Locale locale) {
		model.addAttribute("message", translate(exception, locale));
		return "error/409";
	}

	/**
	 * A refusal with a reason the person can be told (another team's case): the 403 page
	 * says it, and the refusal is audited as every other one.
	 */
	@ExceptionHandler
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String refused(RefusedAccessException exception, HttpServletRequest request, Principal principal, Model model,
			Locale locale) {
		auditLog.record(AuditRecord.of(principal == null ? "anonymous" : principal.getName(), "security.access-denied",
				"request", request.getMethod() + " " + request.getRequestURI()));
		model.addAttribute("errorMessage",
				messages.getMessage(exception.getMessageKey(), exception.getArguments(), locale));
		return "error/403";
	}

	private String translate(DomainException exception, Locale locale) {
		return messages.getMessage(exception.getMessageKey(), exception.getArguments(), exception.getMessageKey(),
				locale);
	}

}
