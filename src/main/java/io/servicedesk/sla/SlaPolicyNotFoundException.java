package io.servicedesk.sla;

import io.servicedesk.shared.NotFoundException;

/**
 * No SLA policy with this id.
 */
public class SlaPolicyNotFoundException extends NotFoundException {

	public SlaPolicyNotFoundException(long id) {
		super("SLA policy", String.valueOf(id));
	}

}
