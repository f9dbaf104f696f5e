package io.servicedesk.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.servicedesk.staff.SupportedLanguage;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Lets a visitor who is not signed in pick the language of the sign-in page with
 * {@code ?lang=}; anything but one of our interface languages is ignored.
 */
class LanguageParameterInterceptor implements HandlerInterceptor {

	static final String PARAMETER = "lang";

	private final LocaleResolver localeResolver;

	LanguageParameterInterceptor(LocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		SupportedLanguage.fromTag(request.getParameter(PARAMETER))
			.ifPresent(language -> localeResolver.setLocale(request, response, language.locale()));
		return true;
	}

}
