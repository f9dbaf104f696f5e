package io.servicedesk.client;

import java.util.List;

/**
 * One page of a keyset-paginated client search; {@code next} is the cursor of the
 * following page or {@code null}.
 */
public record ClientPage(List<ClientSummary> items, String next) {
}
