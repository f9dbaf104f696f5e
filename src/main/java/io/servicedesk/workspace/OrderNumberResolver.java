package io.servicedesk.workspace;

import java.util.List;

import io.servicedesk.order.OrderService;

import org.springframework.stereotype.Component;

/**
 * A caller quoting an order number.
 */
@Component
class OrderNumberResolver implements ClientReferenceResolver {

	private final OrderService orders;

	OrderNumberResolver(OrderService orders) {
		this.orders = orders;
	}

	@Override
	public List<Long> clientIds(String query) {
		return orders.clientIdsByOrderNumber(query);
	}

}
