package io.servicedesk.attachment;

import io.servicedesk.shared.RuleViolationException;

/**
 * A file is not taken because its type, read from its content, is not on the allowlist.
 * The message says which file and what it was taken to be.
 */
public class AttachmentRefusedException extends RuleViolationException {

	AttachmentRefusedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
