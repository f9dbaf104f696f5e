package io.servicedesk.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.SupportedLanguage;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The language switcher in the page frame: the choice applies at once and is saved on the
 * staff record, so the next sign-in uses it too.
 */
@Controller
class LanguageController {

	private final StaffService staffService;

	private final LocaleResolver localeResolver;

	LanguageController(StaffService staffService, LocaleResolver localeResolver) {
		this.staffService = staffService;
		this.localeResolver = localeResolver;
	}

	@PostMapping("/preferences/language")
	String switchLanguage(@RequestParam(name = "language", required = false) String tag,
			@RequestParam(name = "returnTo", required = false) String returnTo, Principal principal,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		SupportedLanguage language = SupportedLanguage.fromTag(tag).orElse(null);
		if (language == null) {
			redirect.addFlashAttribute("flashError", "language.unsupported");
			return "redirect:" + safeLocalPath(returnTo);
		}
		staffService.changeLanguage(principal.getName(), language, principal.getName());
		localeResolver.setLocale(request, response, language.locale());
		return "redirect:" + safeLocalPath(returnTo);
	}

	/** Only paths on this site, so the switcher cannot be abused as an open redirect. */
	static String safeLocalPath(String returnTo) {
		if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
				|| returnTo.contains("\r") || returnTo.contains("\n")) {
			return "/";
		}
		return returnTo;
	}

}
