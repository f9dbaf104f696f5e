package io.servicedesk.attachment;

import io.servicedesk.shared.ContentTooLargeException;

/**
 * A file, or the files of one message together, exceed the configured limit
 * ({@code servicedesk.attachments.max-file-size}, {@code max-per-message}).
 */
public class AttachmentTooLargeException extends ContentTooLargeException {

	AttachmentTooLargeException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
