package io.servicedesk.complaint;

import io.servicedesk.shared.NotFoundException;

/**
 * No complaint with this reference.
 */
public class ComplaintNotFoundException extends NotFoundException {

	public ComplaintNotFoundException(String reference) {
		super("complaint", reference);
	}

}
