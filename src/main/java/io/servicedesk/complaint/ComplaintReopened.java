package io.servicedesk.complaint;

import java.time.Instant;

/**
 * A complaint was reopened because the client disputes its resolution.
 */
public record ComplaintReopened(String reference, long clientId, String reason, String actor, Instant occurredAt) {
}
