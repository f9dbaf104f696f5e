package io.servicedesk.sla;

import io.servicedesk.shared.NotFoundException;

/**
 * No business-hours calendar with this id.
 */
public class BusinessHoursNotFoundException extends NotFoundException {

	public BusinessHoursNotFoundException(long id) {
		super("business-hours calendar", String.valueOf(id));
	}

}
