package io.servicedesk.order;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.servicedesk.client.ContactChannel;

/**
 * An order in a list: enough to see its state at a glance.
 */
public record OrderSummary(long id, String number, long clientId, String clientNumber, String clientName,
		ContactChannel channel, OrderStatus status, String currency, BigDecimal total, LocalDate promisedDeliveryDate,
		boolean delayed) {

	OrderSummary withClient(String number, String name) {
		return new OrderSummary(id, this.number, clientId, number, name, channel, status, currency, total,
				promisedDeliveryDate, delayed);
	}

}
