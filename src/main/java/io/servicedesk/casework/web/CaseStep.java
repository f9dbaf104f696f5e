package io.servicedesk.casework.web;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a step posted from a case page comes with: who posts it, the page's model and
 * locale, the flash of the redirect that follows a success, and the response whose status
 * a refusal sets. A case page's handlers take it as one argument
 * ({@link CaseStepArguments}).
 */
public record CaseStep(Principal principal, Model model, Locale locale, RedirectAttributes redirect,
		HttpServletResponse response) {
}
