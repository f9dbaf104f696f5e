package io.servicedesk.order;

import java.math.BigDecimal;

/**
 * A line of a new order: what, how many, at which unit price.
 */
public record OrderLineData(String sku, String description, int quantity, BigDecimal unitPrice) {
}
