package io.servicedesk.casework;

import java.time.Instant;

/**
 * A line of a case's timeline as pages and the API show it.
 *
 * @param channel the channel of a message (a {@link CaseChannel} or the client's
 * preferred channel), or {@code null}
 * @param detail what changed, for example {@code OPEN → WAITING_ON_CLIENT}, or
 * {@code null}
 */
public record CaseEntryView(long id, CaseEntryKind kind, String channel, String body, String detail, String actor,
		Instant occurredAt) {

	public boolean internal() {
		return kind == CaseEntryKind.NOTE;
	}

}
