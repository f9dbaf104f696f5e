package io.servicedesk.survey;

import java.time.Instant;

/**
 * A survey invitation was created for a resolved case: an outgoing message to the client
 * with its link.
 */
public record SurveySent(String caseKind, String caseRef, long clientId, String link, Instant expiresAt,
		Instant occurredAt) {
}
