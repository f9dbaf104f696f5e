package io.servicedesk.timeline;

import java.time.Instant;

import io.servicedesk.client.ContactChannel;

/**
 * One entry of a client's timeline. An entry of another team's case is shown to an agent
 * without its texts: {@code restrictedTeam} then names the team that holds the case.
 */
public record TimelineItem(long id, Instant occurredAt, TimelineKind kind, String subjectRef, String detail,
		ContactChannel channel, Direction direction, String summary, Integer durationMinutes, String actor,
		String restrictedTeam) {

	public TimelineItem(long id, Instant occurredAt, TimelineKind kind, String subjectRef, String detail,
			ContactChannel channel, Direction direction, String summary, Integer durationMinutes, String actor) {
		this(id, occurredAt, kind, subjectRef, detail, channel, direction, summary, durationMinutes, actor, null);
	}

	/** Only what the entry says of the case's reference, kind, time and team. */
	TimelineItem restrictedTo(String team) {
		return new TimelineItem(id, occurredAt, kind, subjectRef, null, channel, direction, null, null, null, team);
	}

	public boolean isRestricted() {
		return restrictedTeam != null;
	}

}
