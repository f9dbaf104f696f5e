package io.servicedesk.timeline;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.servicedesk.client.ContactChannel;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * An immutable line of a client's timeline.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "timeline_entry")
class TimelineEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "client_id", nullable = false, updatable = false)
	private long clientId;

	@Column(nullable = false, updatable = false)
	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private TimelineKind kind;

	@Column(updatable = false)
	private String subjectRef;

	@Column(updatable = false)
	private String detail;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private ContactChannel channel;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private Direction direction;

	private String summary;

	@Column(updatable = false)
	private Integer durationMinutes;

	@Column(nullable = false, updatable = false)
	private String actor;

	@CreatedDate
	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(updatable = false)
	private Long outgoingMessageId;

	protected TimelineEntry() {
	}

	TimelineEntry(long clientId, Instant occurredAt, TimelineKind kind, String subjectRef, String detail,
			ContactChannel channel, Direction direction, String summary, Integer durationMinutes, String actor) {
		this.clientId = clientId;
		this.occurredAt = occurredAt;
		this.kind = kind;
		this.subjectRef = subjectRef;
		this.detail = detail;
		this.channel = channel;
		this.direction = direction;
		this.summary = summary;
		this.durationMinutes = durationMinutes;
		this.actor = actor;
	}

	/** The line is about a message the desk sent by e-mail. */
	TimelineEntry mailed(Long outgoingMessageId) {
		this.outgoingMessageId = outgoingMessageId;
		return this;
	}

	TimelineItem item() {
		return new TimelineItem(id, occurredAt, kind, subjectRef, detail, channel, direction, summary, durationMinutes,
				actor, outgoingMessageId, null);
	}

}
