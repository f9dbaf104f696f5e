package io.servicedesk.order;

import java.time.Instant;

/**
 * A step in an order's life, for the client's timeline.
 */
public sealed interface OrderEvent permits OrderPlaced, OrderStatusChanged, OrderDelayed {

	long clientId();

	String orderNumber();

	String actor();

	Instant occurredAt();

}
