package io.servicedesk.casework;

import io.servicedesk.shared.RuleViolationException;

/**
 * A saved view's name or query refused: empty, too long, with control characters, a name
 * the owner already gave another view of the queue, or parameters the queue does not
 * take.
 */
public class SavedViewRefusedException extends RuleViolationException {

	public SavedViewRefusedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
