package io.servicedesk.casework;

import java.util.List;

/**
 * A page of a queue and the cursor of the next one, or {@code null} on the last page.
 */
public record QueuePage(List<QueueRow> items, String next) {
}
