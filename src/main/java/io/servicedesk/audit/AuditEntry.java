package io.servicedesk.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One immutable line of the audit log: who did what to which object, and the state before
 * and after.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(nullable = false, updatable = false)
	private String actor;

	@Column(nullable = false, updatable = false)
	private String action;

	@Column(name = "object_type", updatable = false)
	private String objectType;

	@Column(name = "object_ref", updatable = false)
	private String objectRef;

	@Column(name = "before_value", updatable = false)
	private String before;

	@Column(name = "after_value", updatable = false)
	private String after;

	@Column(name = "remote_address", updatable = false)
	private String remoteAddress;

	protected AuditEntry() {
	}

	AuditEntry(Instant occurredAt, String actor, String action, String objectType, String objectRef, String before,
			String after, String remoteAddress) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.objectType = objectType;
		this.objectRef = objectRef;
		this.before = before;
		this.after = after;
		this.remoteAddress = remoteAddress;
	}

	AuditEntry(Long id, Instant occurredAt, String actor, String action, String objectType, String objectRef,
			String before, String after, String remoteAddress) {
		this(occurredAt, actor, action, objectType, objectRef, before, after, remoteAddress);
		this.id = id;
	}

	public Long getId() {
		return id;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getActor() {
		return actor;
	}

	public String getAction() {
		return action;
	}

	public String getObjectType() {
		return objectType;
	}

	public String getObjectRef() {
		return objectRef;
	}

	public String getBefore() {
		return before;
	}

	public String getAfter() {
		return after;
	}

	public String getRemoteAddress() {
		return remoteAddress;
	}

}
