package io.servicedesk.order;

import java.time.LocalDate;

import io.servicedesk.client.ContactChannel;

/**
 * Which orders a list shows; every criterion is optional. Dates bound the promised
 * delivery date.
 */
public record OrderFilter(OrderStatus status, ContactChannel channel, Boolean delayed, String clientNumber,
		LocalDate from, LocalDate to) {

	public static final OrderFilter ALL = new OrderFilter(null, null, null, null, null, null);

}
