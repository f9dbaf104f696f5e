package io.servicedesk.notification;

import java.util.List;
import java.util.Objects;

/**
 * A notification to send to several staff members. {@code dedupKey} names the event it
 * reports: the same key never notifies the same person twice, so an event delivered again
 * after a crash does no harm.
 */
public record NewNotification(List<String> recipients, String messageKey, List<String> arguments, String link,
		String dedupKey) {

	public NewNotification {
		recipients = List.copyOf(recipients);
		Objects.requireNonNull(messageKey, "messageKey");
		arguments = List.copyOf(arguments);
		Objects.requireNonNull(dedupKey, "dedupKey");
	}

}
