package io.servicedesk.notification;

import io.servicedesk.shared.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The unread count of the bell in the page frame, as {@code @notificationBell} in
 * templates.
 */
@Component("notificationBell")
class NotificationBell {

	private static final Logger log = LoggerFactory.getLogger(NotificationBell.class);

	private final Notifications notifications;

	NotificationBell(Notifications notifications) {
		this.notifications = notifications;
	}

	/**
	 * The signed-in person's unread count, or {@code null} when it cannot be read now
	 * (the database out of reach, or no connection to be had in time): the bell is then
	 * shown without a count rather than the page, whose own work is done, failing for it.
	 */
	public Long unreadCount() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return 0L;
		}
		try {
			return notifications.unreadCount(authentication.getName());
		}
		catch (RuntimeException failure) {
			if (!DatabaseOutage.isCauseOf(failure)) {
				throw failure;
			}
			log.warn("The bell was shown without its count: {}", failure.getMessage());
			return null;
		}
	}

	/**
	 * The count as the bell shows it: "99+" once it reaches
	 * {@link Notifications#BELL_LIMIT}, the most it is counted up to.
	 */
	public String shown(long unread) {
		return unread >= Notifications.BELL_LIMIT ? (Notifications.BELL_LIMIT - 1) + "+" : String.valueOf(unread);
	}

}
