package io.servicedesk.attachment;

import io.servicedesk.shared.NotFoundException;

/** No file has this id. */
public class AttachmentNotFoundException extends NotFoundException {

	public AttachmentNotFoundException(long id) {
		super("attachment", Long.toString(id));
	}

}
