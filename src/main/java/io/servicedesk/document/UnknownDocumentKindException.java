package io.servicedesk.document;

import io.servicedesk.shared.NotFoundException;

/** A URL names a kind of document there is none of. */
public class UnknownDocumentKindException extends NotFoundException {

	public UnknownDocumentKindException(String name) {
		super("kind of document", name);
	}

}
