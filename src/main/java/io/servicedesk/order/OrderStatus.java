package io.servicedesk.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * RECEIVED → CONFIRMED → IN_FULFILLMENT → SHIPPED → DELIVERED; CANCELLED before SHIPPED;
 * DELIVERED → RETURN_REQUESTED → RETURNED.
 */
public enum OrderStatus {

	RECEIVED, CONFIRMED, IN_FULFILLMENT, SHIPPED, DELIVERED, CANCELLED, RETURN_REQUESTED, RETURNED;

	/** Still on its way to the client: the promised date matters. */
	public boolean isOpen() {
		return this == RECEIVED || this == CONFIRMED || this == IN_FULFILLMENT || this == SHIPPED;
	}

	public Set<OrderStatus> next() {
		return switch (this) {
			case RECEIVED -> EnumSet.of(CONFIRMED, CANCELLED);
			case CONFIRMED -> EnumSet.of(IN_FULFILLMENT, CANCELLED);
			case IN_FULFILLMENT -> EnumSet.of(SHIPPED, CANCELLED);
			case SHIPPED -> EnumSet.of(DELIVERED);
			case DELIVERED -> EnumSet.of(RETURN_REQUESTED);
			case RETURN_REQUESTED -> EnumSet.of(RETURNED);
			case CANCELLED, RETURNED -> EnumSet.noneOf(OrderStatus.class);
		};
	}

	public static Set<OrderStatus> open() {
		return EnumSet.of(RECEIVED, CONFIRMED, IN_FULFILLMENT, SHIPPED);
	}

}
