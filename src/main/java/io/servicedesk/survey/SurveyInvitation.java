package io.servicedesk.survey;

import java.time.Instant;

import io.servicedesk.shared.BaseEntity;
import io.servicedesk.staff.SupportedLanguage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * An invitation to rate the desk's work on one case: valid until it expires, answered at
 * most once.
 */
@Entity
@Table(name = "survey_invitation")
class SurveyInvitation extends BaseEntity {

	static final int MAX_COMMENT_LENGTH = 1000;

	@Column(nullable = false, updatable = false)
	private String token;

	@Column(name = "case_kind", nullable = false, updatable = false)
	private String caseKind;

	@Column(name = "case_ref", nullable = false, updatable = false)
	private String caseRef;

	@Column(name = "client_id", nullable = false, updatable = false)
	private long clientId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private SupportedLanguage language;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	@Column(name = "answered_at")
	private Instant answeredAt;

	private Integer rating;

	private String comment;

	@Column(name = "sent_at")
	private Instant sentAt;

	protected SurveyInvitation() {
	}

	SurveyInvitation(String token, SurveyRequest request, Instant expiresAt) {
		this.token = token;
		this.caseKind = request.caseKind();
		this.caseRef = request.caseRef();
		this.clientId = request.clientId();
		this.language = request.language();
		this.expiresAt = expiresAt;
	}

	/**
	 * Records the client's answer; refused once answered or after the invitation has
	 * expired.
	 */
	void answer(int rating, String comment, Instant at) {
		if (answeredAt != null) {
			throw new SurveyClosedException(SurveyClosedException.Reason.ANSWERED);
		}
		if (isExpiredAt(at)) {
			throw new SurveyClosedException(SurveyClosedException.Reason.EXPIRED);
		}
		if (rating < 1 || rating > 5) {
			throw new IllegalArgumentException("A rating is 1 to 5, not " + rating);
		}
		String trimmed = comment == null || comment.isBlank() ? null : comment.strip();
		if (trimmed != null && trimmed.length() > MAX_COMMENT_LENGTH) {
			throw new IllegalArgumentException("A comment has at most " + MAX_COMMENT_LENGTH + " characters");
		}
		this.rating = rating;
		this.comment = trimmed;
		this.answeredAt = at;
	}

	/** The invitation's mail reached the client's mail server. */
	void sent(Instant at) {
		if (sentAt == null) {
			sentAt = at;
		}
	}

	boolean isExpiredAt(Instant at) {
		return !at.isBefore(expiresAt);
	}

	boolean isOpenAt(Instant at) {
		return answeredAt == null && !isExpiredAt(at);
	}

	SurveyInvitationView view() {
		return new SurveyInvitationView(token, caseKind, caseRef, clientId, language, getCreatedAt(), expiresAt,
				answeredAt, rating, comment, sentAt);
	}

	String getToken() {
		return token;
	}

	String getCaseKind() {
		return caseKind;
	}

	String getCaseRef() {
		return caseRef;
	}

	long getClientId() {
		return clientId;
	}

	SupportedLanguage getLanguage() {
		return language;
	}

	Instant getAnsweredAt() {
		return answeredAt;
	}

	Integer getRating() {
		return rating;
	}

	String getComment() {
		return comment;
	}

}
