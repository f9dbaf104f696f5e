package io.servicedesk.staff;

import io.servicedesk.shared.NotFoundException;

/**
 * No team has the given name or id.
 */
public class TeamNotFoundException extends NotFoundException {

	public TeamNotFoundException(String reference) {
		super("team", reference);
	}

}
