package io.servicedesk.shared;

/**
 * An {@code If-Match} that no longer names the object's current version: somebody else
 * changed it since the caller read it (412).
 */
public class PreconditionFailedException extends DomainException {

	public PreconditionFailedException(String reference) {
		super("error.stale-version", reference);
	}

}
