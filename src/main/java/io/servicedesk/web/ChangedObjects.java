package io.servicedesk.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;

/**
 * Names the object a refused save concerned when the failure itself does not (a
 * concurrent update caught by optimistic locking): the reference in the address, such as
 * {@code INQ-000042} or {@code C-000123}, else "this record" in the reader's language.
 */
final class ChangedObjects {

	private static final Pattern REFERENCE = Pattern.compile("(?:^|/)([A-Z]{1,4}-\\d{1,12})(?=/|$)");

	private ChangedObjects() {
	}

	static String name(HttpServletRequest request, MessageSource messages, Locale locale) {
		Matcher matcher = REFERENCE.matcher(request.getRequestURI());
		String reference = null;
		while (matcher.find()) {
			reference = matcher.group(1);
		}
		return reference != null ? reference : messages.getMessage("error.stale-version.this-record", null, locale);
	}

}
