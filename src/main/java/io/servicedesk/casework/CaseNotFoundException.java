package io.servicedesk.casework;

import io.servicedesk.shared.NotFoundException;

/**
 * No case of the kind asked for with this reference.
 */
public class CaseNotFoundException extends NotFoundException {

	public CaseNotFoundException(String reference) {
		super("case", reference);
	}

}
