package io.servicedesk.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.servicedesk.client.ContactChannel;

/**
 * An agent took an order.
 */
public record OrderPlaced(long clientId, String orderNumber, String actor, Instant occurredAt, ContactChannel channel,
		BigDecimal total, String currency, LocalDate promisedDeliveryDate) implements OrderEvent {
}
