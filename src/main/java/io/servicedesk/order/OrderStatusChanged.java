package io.servicedesk.order;

import java.time.Instant;

/**
 * An order moved to another status.
 */
public record OrderStatusChanged(long clientId, String orderNumber, String actor, Instant occurredAt, OrderStatus from,
		OrderStatus to, String note) implements OrderEvent {
}
