package io.servicedesk.complaint;

import java.time.Instant;

/**
 * A complaint was closed, after the client accepted the resolution or did not answer in
 * time.
 */
public record ComplaintClosed(String reference, long clientId, boolean withoutAnswer, Instant occurredAt) {
}
