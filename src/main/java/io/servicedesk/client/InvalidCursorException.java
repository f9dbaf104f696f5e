package io.servicedesk.client;

import io.servicedesk.shared.RuleViolationException;

/**
 * A pagination cursor that this application did not hand out.
 */
public class InvalidCursorException extends RuleViolationException {

	public InvalidCursorException() {
		super("pagination.cursor.invalid");
	}

}
