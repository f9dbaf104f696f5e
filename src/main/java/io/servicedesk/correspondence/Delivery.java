package io.servicedesk.correspondence;

import java.time.Instant;

/**
 * The delivery block of an outgoing message, as the case pages, the client's timeline and
 * the API show it.
 *
 * @param channel always {@code EMAIL} for now
 * @param response the mail server's answer when it accepted the message
 * @param error why the last attempt failed or why the message bounced
 */
public record Delivery(long messageId, DeliveryState state, String channel, String to, int attempts,
		Instant lastAttemptAt, Instant sentAt, String response, String error) {

	public boolean sent() {
		return state == DeliveryState.SENT;
	}

}
