package io.servicedesk.survey;

import java.time.Instant;

/**
 * The client rated the desk's work on a case (1 to 5), perhaps with a comment.
 */
public record SurveyAnswered(String caseKind, String caseRef, long clientId, int rating, String comment,
		Instant occurredAt) {
}
