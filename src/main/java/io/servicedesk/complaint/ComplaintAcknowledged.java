package io.servicedesk.complaint;

import java.time.Instant;

/**
 * A complaint was acknowledged to the client with this message: the first response.
 */
public record ComplaintAcknowledged(String reference, long clientId, String message, String actor, Instant occurredAt) {
}
