package io.servicedesk.order;

import io.servicedesk.shared.NotFoundException;

/**
 * No order has the given number.
 */
public class OrderNotFoundException extends NotFoundException {

	public OrderNotFoundException(String number) {
		super("order", number);
	}

}
