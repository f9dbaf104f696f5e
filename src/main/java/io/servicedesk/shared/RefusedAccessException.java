package io.servicedesk.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * Access refused for a reason the person can be told: not their role, but, say, another
 * team's case. The 403 page says it with the message key and its arguments.
 */
public class RefusedAccessException extends AccessDeniedException {

	private final String messageKey;

	private final transient Object[] arguments;

	public RefusedAccessException(String technicalMessage, String messageKey, Object... arguments) {
		super(technicalMessage);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArguments() {
		return arguments == null ? new Object[0] : arguments.clone();
	}

}
