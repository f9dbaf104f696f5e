package io.servicedesk.timeline;

import java.time.Instant;

import io.servicedesk.client.ContactChannel;
import io.servicedesk.correspondence.Delivery;

/**
 * One entry of a client's timeline.
 *
 * @param outgoingMessageId the message the desk sent by e-mail that the line is about, or
 * {@code null}
 * @param delivery how that message was delivered, or {@code null}
 */
public record TimelineItem(long id, Instant occurredAt, TimelineKind kind, String subjectRef, String detail,
		ContactChannel channel, Direction direction, String summary, Integer durationMinutes, String actor,
		Long outgoingMessageId, Delivery delivery) {

	TimelineItem withDelivery(Delivery found) {
		return new TimelineItem(id, occurredAt, kind, subjectRef, detail, channel, direction, summary, durationMinutes,
				actor, outgoingMessageId, found);
	}

}
