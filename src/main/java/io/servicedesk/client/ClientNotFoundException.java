package io.servicedesk.client;

import io.servicedesk.shared.NotFoundException;

/**
 * No client has the given number.
 */
public class ClientNotFoundException extends NotFoundException {

	public ClientNotFoundException(String number) {
		super("client", number);
	}

}
