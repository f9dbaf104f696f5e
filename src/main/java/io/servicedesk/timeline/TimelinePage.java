package io.servicedesk.timeline;

import java.util.List;

/**
 * One keyset page of a timeline, newest first; {@code next} is the cursor of the older
 * entries or {@code null}.
 */
public record TimelinePage(List<TimelineItem> items, String next) {
}
