package io.servicedesk.catalogue;

import io.servicedesk.shared.NotFoundException;

/**
 * No category has the given id or code.
 */
public class CategoryNotFoundException extends NotFoundException {

	public CategoryNotFoundException(String reference) {
		super("category", reference);
	}

}
