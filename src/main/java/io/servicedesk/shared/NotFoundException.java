package io.servicedesk.shared;

/**
 * Something looked up by its reference does not exist: 404 on pages and in the API.
 */
public abstract class NotFoundException extends RuntimeException {

	private final String reference;

	protected NotFoundException(String what, String reference) {
		super("No " + what + " " + reference);
		this.reference = reference;
	}

	public String getReference() {
		return reference;
	}

}
