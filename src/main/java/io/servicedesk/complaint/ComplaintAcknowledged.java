package io.servicedesk.complaint;

import java.time.Instant;

/**
 * A complaint was acknowledged to the client: the first response.
 */
public record ComplaintAcknowledged(String reference, long clientId, Instant occurredAt) {
}
