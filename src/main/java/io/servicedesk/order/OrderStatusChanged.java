package io.servicedesk.order;

import java.time.Instant;

/**
 * An order moved to another status.
 *
 * @param note what the person who changed it wrote, or {@code null}
 * @param refund the amount refunded with its currency ({@code 99.99 EUR}) when the order
 * was returned, otherwise {@code null}
 */
public record OrderStatusChanged(long clientId, String orderNumber, String actor, Instant occurredAt, OrderStatus from,
		OrderStatus to, String note, String refund) implements OrderEvent {
}
