package io.servicedesk.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * The title and the explanation of an error status in the reader's language: the status's
 * own words where the bundles have them, else the general ones naming the status.
 */
@Component
class ErrorTexts {

	private final MessageSource messages;

	ErrorTexts(MessageSource messages) {
		this.messages = messages;
	}

	String titleKeyFor(int status) {
		return has("error." + status + ".title") ? "error." + status + ".title" : "error.generic.title";
	}

	String messageKeyFor(int status) {
		return has("error." + status + ".message") ? "error." + status + ".message" : "error.generic.message";
	}

	String title(int status, Locale locale) {
		return messages.getMessage(titleKeyFor(status), new Object[] { status }, locale);
	}

	String message(int status, Locale locale) {
		return messages.getMessage(messageKeyFor(status), new Object[] { status }, locale);
	}

	String message(String messageKey, int status, Locale locale) {
		return messages.getMessage(messageKey, new Object[] { status }, locale);
	}

	private boolean has(String key) {
		try {
			messages.getMessage(key, null, Locale.ENGLISH);
			return true;
		}
		catch (NoSuchMessageException missing) {
			return false;
		}
	}

}
