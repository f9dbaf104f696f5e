package io.servicedesk.document;

import io.servicedesk.shared.NotFoundException;

/** No document with this id. */
public class DocumentNotFoundException extends NotFoundException {

	public DocumentNotFoundException(long id) {
		super("document", Long.toString(id));
	}

}
