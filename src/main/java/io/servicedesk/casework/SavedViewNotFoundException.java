package io.servicedesk.casework;

import io.servicedesk.shared.NotFoundException;

/**
 * No saved view of this number that the reader may see: another person's personal view
 * and another team's shared one are not found either.
 */
public class SavedViewNotFoundException extends NotFoundException {

	public SavedViewNotFoundException(long id) {
		super("saved view", String.valueOf(id));
	}

}
