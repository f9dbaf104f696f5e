package io.servicedesk.attachment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file the desk keeps: immutable once stored (a document made again is a new file).
 */
@Entity
@Table(name = "attachment")
class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "client_id", nullable = false)
	private long clientId;

	private String caseRef;

	private Long caseEntryId;

	private Long outgoingMessageId;

	private Long incomingMailId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private AttachmentOrigin origin;

	@Column(nullable = false, updatable = false)
	private String filename;

	@Column(nullable = false, updatable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long size;

	@Column(nullable = false, updatable = false)
	private String sha256;

	@Column(nullable = false, updatable = false)
	private String storage;

	@Column(nullable = false, updatable = false)
	private String storageKey;

	@Column(updatable = false)
	private String description;

	@Column(nullable = false, updatable = false)
	private String createdBy;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	protected Attachment() {
	}

	Attachment(NewAttachment target, String filename, String contentType, long size, String sha256, String storage,
			String storageKey, String createdBy, Instant createdAt) {
		this.clientId = target.clientId();
		this.caseRef = target.caseRef();
		this.caseEntryId = target.caseEntryId();
		this.outgoingMessageId = target.outgoingMessageId();
		this.incomingMailId = target.incomingMailId();
		this.origin = target.origin();
		this.description = target.description() == null || target.description().isBlank() ? null
				: target.description().strip();
		this.filename = filename;
		this.contentType = contentType;
		this.size = size;
		this.sha256 = sha256;
		this.storage = storage;
		this.storageKey = storageKey;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	AttachmentView view() {
		return new AttachmentView(id, clientId, caseRef, caseEntryId, outgoingMessageId, incomingMailId, origin,
				filename, contentType, size, sha256, description, createdBy, createdAt, FileTypes.inline(contentType));
	}

	Long getId() {
		return id;
	}

	long getClientId() {
		return clientId;
	}

	String getStorage() {
		return storage;
	}

	String getStorageKey() {
		return storageKey;
	}

}
