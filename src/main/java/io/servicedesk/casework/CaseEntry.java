package io.servicedesk.casework;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;

import io.servicedesk.attachment.AttachmentView;
import io.servicedesk.correspondence.Delivery;

/**
 * An immutable line of a case's timeline.
 */
@Entity
@Table(name = "case_entry")
class CaseEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private long caseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private CaseEntryKind kind;

	@Column(updatable = false)
	private String channel;

	@Column(updatable = false)
	private String body;

	@Column(updatable = false)
	private String detail;

	@Column(nullable = false, updatable = false)
	private String actor;

	@Column(nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(updatable = false)
	private Long outgoingMessageId;

	@Column(updatable = false)
	private Long incomingMailId;

	protected CaseEntry() {
	}

	CaseEntry(long caseId, CaseEntryKind kind, String channel, String body, String detail, String actor,
			Instant occurredAt) {
		this.caseId = caseId;
		this.kind = kind;
		this.channel = channel;
		this.body = body;
		this.detail = detail;
		this.actor = actor;
		this.occurredAt = occurredAt;
	}

	/** A message that travelled by e-mail: the outgoing message or the incoming mail. */
	CaseEntry byMail(Long outgoingMessageId, Long incomingMailId) {
		this.outgoingMessageId = outgoingMessageId;
		this.incomingMailId = incomingMailId;
		return this;
	}

	Long getOutgoingMessageId() {
		return outgoingMessageId;
	}

	CaseEntryView view(Delivery delivery, List<AttachmentView> files) {
		return new CaseEntryView(id, kind, channel, body, detail, actor, occurredAt, outgoingMessageId, incomingMailId,
				delivery, files);
	}

	Long getId() {
		return id;
	}

}
