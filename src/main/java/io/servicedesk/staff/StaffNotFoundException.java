package io.servicedesk.staff;

import io.servicedesk.shared.NotFoundException;

/**
 * No staff member has the given username.
 */
public class StaffNotFoundException extends NotFoundException {

	public StaffNotFoundException(String username) {
		super("staff member", username);
	}

}
