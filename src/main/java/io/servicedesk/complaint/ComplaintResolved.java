package io.servicedesk.complaint;

import java.time.Instant;

/**
 * A complaint was resolved: a supervisor approved the resolution and the client was sent
 * its message.
 */
public record ComplaintResolved(String reference, long clientId, Outcome outcome, Remedy remedy, String message,
		String approvedBy, Instant occurredAt) {
}
