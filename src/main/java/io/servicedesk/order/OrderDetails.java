package io.servicedesk.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.servicedesk.client.ContactChannel;

/**
 * An order with its lines and status history, as pages and the API show it.
 */
public record OrderDetails(Long id, String number, long clientId, String accountNumber, ContactChannel channel,
		OrderStatus status, String currency, BigDecimal total, BigDecimal advancePaid, BigDecimal refundAmount,
		LocalDate promisedDeliveryDate, LocalDate originalDeliveryDate, boolean delayed, String placedBy, long version,
		List<Line> lines, List<StatusChange> history, Instant createdAt, Instant updatedAt) {

	public record Line(String sku, String description, int quantity, BigDecimal unitPrice, BigDecimal lineTotal) {
	}

	public record StatusChange(OrderStatus from, OrderStatus to, String by, Instant at, String note) {
	}

}
