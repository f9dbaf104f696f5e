package io.servicedesk.complaint;

import java.util.List;

/**
 * A page of the complaint queue and the cursor of the next one, or {@code null} on the
 * last page.
 */
public record ComplaintQueuePage(List<ComplaintRow> items, String next) {
}
