package io.servicedesk.shared;

/**
 * Somebody else changed the record since the user loaded it: 409, and the user's input is
 * kept so nothing is lost.
 */
public class StaleVersionException extends DomainException {

	public StaleVersionException(String reference) {
		super("error.stale-version", reference);
	}

}
