package io.servicedesk.attachment;

/** How a file came to the desk. */
public enum AttachmentOrigin {

	/** Staff uploaded it (with a message, on a client's record, through the API). */
	UPLOAD,
	/** It came with a client's mail. */
	MAIL,
	/** The desk made it (a letter, a confirmation, a statement). */
	DOCUMENT

}
