package io.servicedesk.shared;

/**
 * A lifecycle step that is not allowed from the current state (closing a closed account,
 * say): 409 in the API, a clear message on the page.
 */
public class IllegalTransitionException extends DomainException {

	public IllegalTransitionException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
