package io.servicedesk.correspondence;

import io.servicedesk.shared.NotFoundException;

/** No outgoing message has this id. */
public class OutgoingMessageNotFoundException extends NotFoundException {

	public OutgoingMessageNotFoundException(long id) {
		super("outgoing message", Long.toString(id));
	}

}
