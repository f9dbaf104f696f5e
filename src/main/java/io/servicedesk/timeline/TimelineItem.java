package io.servicedesk.timeline;

import java.time.Instant;

import io.servicedesk.client.ContactChannel;
import io.servicedesk.correspondence.Delivery;

/**
 * One entry of a client's timeline. An entry of another team's case is shown to an agent
 * without its texts: {@code restrictedTeam} then names the team that holds the case.
 *
 * @param outgoingMessageId the message the desk sent by e-mail that the line is about, or
 * {@code null}
 * @param delivery how that message was delivered, or {@code null}
 */
public record TimelineItem(long id, Instant occurredAt, TimelineKind kind, String subjectRef, String detail,
		ContactChannel channel, Direction direction, String summary, Integer durationMinutes, String actor,
		Long outgoingMessageId, Delivery delivery, String restrictedTeam) {

	public TimelineItem(long id, Instant occurredAt, TimelineKind kind, String subjectRef, String detail,
			ContactChannel channel, Direction direction, String summary, Integer durationMinutes, String actor,
			Long outgoingMessageId, Delivery delivery) {
		this(id, occurredAt, kind, subjectRef, detail, channel, direction, summary, durationMinutes, actor,
				outgoingMessageId, delivery, null);
	}

	TimelineItem withDelivery(Delivery found) {
		return new TimelineItem(id, occurredAt, kind, subjectRef, detail, channel, direction, summary, durationMinutes,
				actor, outgoingMessageId, found, restrictedTeam);
	}

	/**
	 * Only what the entry says of the case's reference, kind, time and team (not even
	 * where a mail went).
	 */
	TimelineItem restrictedTo(String team) {
		return new TimelineItem(id, occurredAt, kind, subjectRef, null, channel, direction, null, null, null, null,
				null, team);
	}

	public boolean isRestricted() {
		return restrictedTeam != null;
	}

}
