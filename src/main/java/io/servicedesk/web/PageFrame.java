package io.servicedesk.web;

import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import io.servicedesk.staff.SupportedLanguage;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the page frame needs on every page, error pages included, as {@code @frame} in
 * templates: the languages for the switcher, the path to come back to after switching,
 * and full addresses for links given to clients.
 */
@Component("frame")
class PageFrame {

	private static final List<SupportedLanguage> LANGUAGES = List.of(SupportedLanguage.values());

	public List<SupportedLanguage> languages() {
		return LANGUAGES;
	}

	public String currentPath() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return "/";
		}
		HttpServletRequest request = attributes.getRequest();
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failedPath) {
			return failedPath;
		}
		String query = request.getQueryString();
		return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
	}

	/**
	 * A path of this application as a full address, for links that staff pass on to
	 * clients.
	 */
	public String absoluteUrl(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
	}

}
