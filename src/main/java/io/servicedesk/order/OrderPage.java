package io.servicedesk.order;

import java.util.List;

/**
 * One keyset page of orders; {@code next} is the cursor of the following page or
 * {@code null}.
 */
public record OrderPage(List<OrderSummary> items, String next) {
}
