package io.servicedesk.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Error answers written where the application's pages cannot be: by the servlet container
 * for requests it refuses before the application sees them, and while the database is
 * unavailable (the frame reads the session and the signed-in person from it). A page of
 * its own without the navigation, or a problem body for the API.
 */
@Component
class StandaloneErrorPages {

	private final ITemplateEngine templates;

	private final ErrorTexts texts;

	private final ApiProblems problems;

	private final LocaleResolver localeResolver;

	StandaloneErrorPages(ITemplateEngine templates, ErrorTexts texts, ApiProblems problems,
			LocaleResolver localeResolver) {
		this.templates = templates;
		this.texts = texts;
		this.problems = problems;
		this.localeResolver = localeResolver;
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
		write(request, response, status, texts.messageKeyFor(status));
	}

	/**
	 * The status's title with an explanation of its own (a message key taking the status
	 * as its argument).
	 */
	void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey)
			throws IOException {
		response.setStatus(status);
		if (ApiProblems.isApiRequest(request)) {
			problems.write(request, response,
					ApiProblems.Problem.of(status, texts.titleKeyFor(status), messageKey, status));
			return;
		}
		Locale locale = locale(request);
		Context context = new Context(locale);
		context.setVariable("status", status);
		context.setVariable("errorTitle", texts.title(status, locale));
		context.setVariable("errorMessage", texts.message(messageKey, status, locale));
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		templates.process("error/standalone", context, response.getWriter());
		response.getWriter().flush();
	}

	private Locale locale(HttpServletRequest request) {
		try {
			return localeResolver.resolveLocale(request);
		}
		catch (RuntimeException unreadable) {
			return Locale.ENGLISH;
		}
	}

}
