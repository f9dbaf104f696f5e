package io.servicedesk.document;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.servicedesk.attachment.AttachmentView;

/** One version of a document; never changed once made. */
@Entity
@Table(name = "document")
class DocumentRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private DocumentKind kind;

	@Column(nullable = false, updatable = false)
	private String subjectRef;

	@Column(updatable = false)
	private LocalDate periodFrom;

	@Column(updatable = false)
	private LocalDate periodTo;

	@Column(nullable = false, updatable = false)
	private int version;

	@Column(nullable = false, updatable = false)
	private long clientId;

	@Column(updatable = false)
	private String caseRef;

	@Column(nullable = false, updatable = false)
	private long attachmentId;

	@Column(updatable = false)
	private Long outgoingMessageId;

	@Column(nullable = false, updatable = false)
	private String language;

	@Column(nullable = false, updatable = false)
	private String createdBy;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	protected DocumentRecord() {
	}

	DocumentRecord(DocumentKind kind, String subjectRef, LocalDate periodFrom, LocalDate periodTo, int version,
			String language, AttachmentView file, Instant createdAt) {
		this.kind = kind;
		this.subjectRef = subjectRef;
		this.periodFrom = periodFrom;
		this.periodTo = periodTo;
		this.version = version;
		this.clientId = file.clientId();
		this.caseRef = file.caseRef();
		this.attachmentId = file.id();
		this.outgoingMessageId = file.outgoingMessageId();
		this.language = language;
		this.createdBy = file.createdBy();
		this.createdAt = createdAt;
	}

	DocumentView view(AttachmentView file) {
		return new DocumentView(id, kind, subjectRef, periodFrom, periodTo, version, clientId, caseRef, language,
				attachmentId, file == null ? null : file.filename(), file == null ? 0 : file.size(),
				file == null ? null : file.sha256(), outgoingMessageId, createdBy, createdAt);
	}

	Long getId() {
		return id;
	}

	long getAttachmentId() {
		return attachmentId;
	}

	long getClientId() {
		return clientId;
	}

	String getCaseRef() {
		return caseRef;
	}

}
