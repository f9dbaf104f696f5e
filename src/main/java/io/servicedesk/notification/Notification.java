package io.servicedesk.notification;

import java.time.Instant;
import java.util.List;

import io.servicedesk.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A message to one staff member in the application, translated when it is shown: a
 * message key, its arguments and where it leads.
 */
@Entity
@Table(name = "notification")
class Notification extends BaseEntity {

	@Column(nullable = false, length = 64, updatable = false)
	private String recipient;

	@Column(name = "message_key", nullable = false, length = 100, updatable = false)
	private String messageKey;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, updatable = false)
	private String[] arguments;

	@Column(length = 200, updatable = false)
	private String link;

	@Column(name = "dedup_key", nullable = false, length = 200, updatable = false)
	private String dedupKey;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notification() {
	}

	void markRead(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}

	NotificationView view() {
		return new NotificationView(getId(), messageKey, List.of(arguments), link, getCreatedAt(), readAt);
	}

	String getRecipient() {
		return recipient;
	}

}
