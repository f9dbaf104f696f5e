package io.servicedesk.survey;

import java.time.Instant;

import io.servicedesk.staff.SupportedLanguage;

/**
 * An invitation as staff and the public page see it; {@link #link()} is the path to give
 * the client.
 */
public record SurveyInvitationView(String token, String caseKind, String caseRef, long clientId,
		SupportedLanguage language, Instant createdAt, Instant expiresAt, Instant answeredAt, Integer rating,
		String comment, Instant sentAt) {

	public String link() {
		return "/survey/" + token;
	}

	public boolean answered() {
		return answeredAt != null;
	}

}
