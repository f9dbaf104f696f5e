package io.servicedesk.timeline;

import java.time.Instant;

import io.servicedesk.client.ContactChannel;

/**
 * One entry of a client's timeline.
 */
public record TimelineItem(long id, Instant occurredAt, TimelineKind kind, String subjectRef, String detail,
		ContactChannel channel, Direction direction, String summary, Integer durationMinutes, String actor) {
}
