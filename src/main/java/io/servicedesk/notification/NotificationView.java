package io.servicedesk.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A notification as its recipient sees it; the text is {@code messageKey} translated with
 * {@code arguments}.
 */
public record NotificationView(long id, String messageKey, List<String> arguments, String link, Instant createdAt,
		Instant readAt) {

	public boolean unread() {
		return readAt == null;
	}

	public OffsetDateTime createdAtUtc() {
		return createdAt.atOffset(ZoneOffset.UTC);
	}

	public Object[] argumentArray() {
		return arguments.toArray();
	}

}
