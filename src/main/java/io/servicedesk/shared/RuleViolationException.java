package io.servicedesk.shared;

/**
 * A request that is well formed but refused by a business rule (a refund above the order
 * total, say): 422 in the API, a clear message on the page.
 */
public class RuleViolationException extends DomainException {

	public RuleViolationException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
