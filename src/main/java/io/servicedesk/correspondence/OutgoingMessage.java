package io.servicedesk.correspondence;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.servicedesk.shared.BaseEntity;
import io.servicedesk.shared.IllegalTransitionException;

/**
 * A message for a client as it was written when queued: the recipient, the subject and
 * both bodies, and the threading headers, all fixed, so that every attempt sends the same
 * mail with the same {@code Message-ID}. Its delivery goes QUEUED → SENT → (BOUNCED), or
 * QUEUED → FAILED after its last attempt; an administrator may send a failed or bounced
 * message again or cancel one that is waiting or failed.
 */
@Entity
@Table(name = "outgoing_message")
class OutgoingMessage extends BaseEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private MailKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DeliveryState state;

	@Column(name = "client_id", nullable = false)
	private long clientId;

	@Column(updatable = false)
	private String caseKind;

	@Column(updatable = false)
	private String caseRef;

	@Column(updatable = false)
	private String sourceKey;

	@Column(nullable = false, updatable = false)
	private String language;

	@Column(nullable = false, updatable = false)
	private String toAddress;

	@Column(updatable = false)
	private String toName;

	@Column(nullable = false, updatable = false)
	private String subject;

	@Column(nullable = false, updatable = false)
	private String bodyText;

	@Column(nullable = false, updatable = false)
	private String bodyHtml;

	@Column(nullable = false, updatable = false)
	private String messageId;

	@Column(updatable = false)
	private String inReplyTo;

	@Column(name = "references_ids", updatable = false)
	private String references;

	@Column(updatable = false)
	private String replyTo;

	private int attempts;

	@Column(nullable = false)
	private Instant nextAttemptAt;

	private Instant lastAttemptAt;

	private Instant sentAt;

	private String serverResponse;

	private String error;

	private Instant bouncedAt;

	@Column(nullable = false, updatable = false)
	private String queuedBy;

	protected OutgoingMessage() {
	}

	OutgoingMessage(ComposedMail mail, long clientId, String caseKind, String caseRef, String sourceKey, String by,
			Instant at) {
		this.kind = mail.kind();
		this.state = DeliveryState.QUEUED;
		this.clientId = clientId;
		this.caseKind = caseKind;
		this.caseRef = caseRef;
		this.sourceKey = sourceKey;
		this.language = mail.language();
		this.toAddress = mail.to().address();
		this.toName = mail.to().name();
		this.subject = mail.subject();
		this.bodyText = mail.text();
		this.bodyHtml = mail.html();
		this.messageId = mail.messageId();
		this.inReplyTo = mail.inReplyTo();
		this.references = mail.references();
		this.replyTo = mail.replyTo();
		this.nextAttemptAt = at;
		this.queuedBy = by;
	}

	/**
	 * An administrator sends a failed or bounced message again, from the first attempt.
	 */
	void retry(Instant at) {
		if (!state.retryable()) {
			throw new IllegalTransitionException("mail.retry.refused", getId(), state);
		}
		state = DeliveryState.QUEUED;
		attempts = 0;
		nextAttemptAt = at;
		error = null;
		bouncedAt = null;
	}

	/** An administrator stops a message that waits or failed. */
	void cancel() {
		if (!state.cancellable()) {
			throw new IllegalTransitionException("mail.cancel.refused", getId(), state);
		}
		state = DeliveryState.CANCELLED;
	}

	/** A delivery status notification said the message did not arrive. */
	boolean bounce(String reason, Instant at) {
		if (state == DeliveryState.BOUNCED) {
			return false;
		}
		state = DeliveryState.BOUNCED;
		bouncedAt = at;
		error = Limits.cut(reason, 2000);
		return true;
	}

	Delivery delivery() {
		return new Delivery(getId(), state, "EMAIL", toAddress, attempts, lastAttemptAt, sentAt, serverResponse, error);
	}

	OutgoingMessageView view() {
		return new OutgoingMessageView(getId(), kind, clientId, caseKind, caseRef, language, toName, subject, bodyText,
				messageId, queuedBy, getCreatedAt(), nextAttemptAt, delivery());
	}

	static Duration backoff(int attempt, Duration initial, Duration max) {
		Duration delay = initial.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
		return delay.compareTo(max) > 0 ? max : delay;
	}

	MailKind getKind() {
		return kind;
	}

	DeliveryState getState() {
		return state;
	}

	long getClientId() {
		return clientId;
	}

	String getCaseRef() {
		return caseRef;
	}

	String getSourceKey() {
		return sourceKey;
	}

	String getLanguage() {
		return language;
	}

	String getToAddress() {
		return toAddress;
	}

	String getToName() {
		return toName;
	}

	String getSubject() {
		return subject;
	}

	String getBodyText() {
		return bodyText;
	}

	String getBodyHtml() {
		return bodyHtml;
	}

	String getMessageId() {
		return messageId;
	}

	String getInReplyTo() {
		return inReplyTo;
	}

	String getReferences() {
		return references;
	}

	String getReplyTo() {
		return replyTo;
	}

	int getAttempts() {
		return attempts;
	}

}
