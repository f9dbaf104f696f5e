package io.servicedesk.mailbox;

import io.servicedesk.shared.NotFoundException;

/** No incoming mail has this id. */
public class IncomingMailNotFoundException extends NotFoundException {

	public IncomingMailNotFoundException(long id) {
		super("incoming mail", Long.toString(id));
	}

}
