package io.servicedesk.shared;

/**
 * What was sent is larger than the desk takes (a file, or the files of one message): 413
 * in the API and on the page, with the limit in the message.
 */
public class ContentTooLargeException extends RuleViolationException {

	public ContentTooLargeException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
