package io.servicedesk.shared;

import java.util.Arrays;

/**
 * A business rule refused an action. It carries a message key and arguments so pages and
 * the API can say why in the reader's language.
 */
public abstract class DomainException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	protected DomainException(String messageKey, Object... arguments) {
		super(messageKey + Arrays.toString(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArguments() {
		return arguments.clone();
	}

}
