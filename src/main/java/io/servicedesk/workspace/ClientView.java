package io.servicedesk.workspace;

import java.util.List;

import io.servicedesk.account.AccountSummary;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.order.OrderSummary;
import io.servicedesk.timeline.TimelinePage;

/**
 * Everything the 360° page shows about a client.
 */
public record ClientView(ClientDetails client, List<AccountSummary> accounts, List<OrderSummary> recentOrders,
		List<OpenCase> openCases, TimelinePage timeline) {
}
