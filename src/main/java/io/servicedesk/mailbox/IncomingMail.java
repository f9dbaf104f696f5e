package io.servicedesk.mailbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.servicedesk.shared.BaseEntity;

/**
 * A message read from the desk's mailbox, once: where it was (folder, UIDVALIDITY, UID),
 * who sent it, and what became of it. The whole original is kept apart
 * ({@code incoming_mail_content}).
 */
@Entity
@Table(name = "incoming_mail")
class IncomingMail extends BaseEntity {

	static final int MAX_REASON = 2000;

	@Column(nullable = false, updatable = false)
	private String folder;

	@Column(nullable = false, updatable = false)
	private long uidValidity;

	@Column(nullable = false, updatable = false)
	private long uid;

	@Column(updatable = false)
	private String messageId;

	@Column(updatable = false)
	private String fromAddress;

	@Column(updatable = false)
	private String fromName;

	@Column(updatable = false)
	private String subject;

	@Column(updatable = false)
	private Instant sentAt;

	@Column(updatable = false)
	private Long sizeBytes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private IncomingMailState state;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private IncomingMailOutcome outcome;

	private String caseRef;

	private String reason;

	private String bodyText;

	protected IncomingMail() {
	}

	void outcome(IncomingMailOutcome outcome, String caseRef, String reason) {
		this.outcome = outcome;
		this.state = outcome.state();
		this.caseRef = caseRef;
		this.reason = cut(reason, MAX_REASON);
	}

	IncomingMailView view() {
		return new IncomingMailView(getId(), folder, uid, messageId, fromAddress, fromName, subject, sentAt, sizeBytes,
				state, outcome, caseRef, reason, bodyText, getCreatedAt());
	}

	IncomingMailState getState() {
		return state;
	}

	static String cut(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

}
