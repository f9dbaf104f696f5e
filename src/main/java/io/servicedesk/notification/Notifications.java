package io.servicedesk.notification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notification module's public API: send in-app notifications to staff, list them,
 * mark them as read.
 */
@Service
public class Notifications {

	public static final int PAGE_SIZE = 50;

	private final NotificationRepository notifications;

	private final JdbcClient jdbc;

	private final Clock clock;

	Notifications(NotificationRepository notifications, JdbcClient jdbc, Clock clock) {
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Sends to every recipient who has not had a notification with the same dedup key
	 * yet; returns how many.
	 */
	@Transactional
	public int send(NewNotification notification) {
		int sent = 0;
		String[] arguments = notification.arguments().toArray(String[]::new);
		for (String recipient : notification.recipients()) {
			sent += jdbc.sql("""
					insert into notification (recipient, message_key, arguments, link, dedup_key)
					values (:recipient, :messageKey, :arguments, :link, :dedupKey)
					on conflict (recipient, dedup_key) do nothing""")
				.param("recipient", recipient)
				.param("messageKey", notification.messageKey())
				.param("arguments", arguments)
				.param("link", notification.link())
				.param("dedupKey", notification.dedupKey())
				.update();
		}
		return sent;
	}

	/**
	 * The bell's count: the unread notifications, counted up to {@link #BELL_LIMIT}
	 * (shown as "99+"), so a supervisor with thousands unread does not wait for them to
	 * be counted on every page.
	 */
	public long unreadCount(String recipient) {
		// On every page: one statement on its own, without a transaction or a persistence
		// context around it
		return jdbc
			.sql("select count(*) from (select 1 from notification where recipient = ? "
					+ "and read_at is null limit ?) unread")
			.param(recipient)
			.param(BELL_LIMIT)
			.query(Long.class)
			.single();
	}

	public static final int BELL_LIMIT = 100;

	/**
	 * Newest first, {@link #PAGE_SIZE} at a time; {@code before} is the id after which
	 * the page starts.
	 */
	@Transactional(readOnly = true)
	public List<NotificationView> list(String recipient, Long before) {
		List<Notification> page = before == null
				? notifications.findByRecipientOrderByIdDesc(recipient, Limit.of(PAGE_SIZE))
				: notifications.findByRecipientAndIdLessThanOrderByIdDesc(recipient, before, Limit.of(PAGE_SIZE));
		return page.stream().map(Notification::view).toList();
	}

	/**
	 * Marks one of the recipient's own notifications as read; others' notifications are
	 * left alone.
	 */
	@Transactional
	public boolean markRead(long id, String recipient) {
		return notifications.findByIdAndRecipient(id, recipient).map(notification -> {
			notification.markRead(clock.instant());
			return true;
		}).orElse(false);
	}

	/**
	 * Opens one of the recipient's own notifications: it is read from now on; answers the
	 * page it links to.
	 */
	@Transactional
	public Optional<String> open(long id, String recipient) {
		return notifications.findByIdAndRecipient(id, recipient).map(notification -> {
			notification.markRead(clock.instant());
			return notification.view().link();
		});
	}

	@Transactional
	public void markAllRead(String recipient) {
		notifications.findByRecipientAndReadAtIsNull(recipient)
			.forEach(notification -> notification.markRead(clock.instant()));
	}

}
