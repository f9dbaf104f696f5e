package io.servicedesk.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.servicedesk.client.ContactChannel;

/**
 * An order as taken by an agent, validated field by field; the rules that span fields are
 * checked by the order.
 */
public record NewOrder(String clientNumber, String accountNumber, ContactChannel channel, String currency,
		LocalDate promisedDeliveryDate, BigDecimal advancePaid, List<OrderLineData> lines) {
}
