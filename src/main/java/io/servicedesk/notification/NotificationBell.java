package io.servicedesk.notification;

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

	private final Notifications notifications;

	NotificationBell(Notifications notifications) {
		this.notifications = notifications;
	}

	public long unreadCount() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return 0;
		}
		return notifications.unreadCount(authentication.getName());
	}

	/**
	 * The count as the bell shows it: "99+" once it reaches
	 * {@link Notifications#BELL_LIMIT}, the most it is counted up to.
	 */
	public String shown(long unread) {
		return unread >= Notifications.BELL_LIMIT ? (Notifications.BELL_LIMIT - 1) + "+" : String.valueOf(unread);
	}

}
