package io.servicedesk.complaint;

import java.time.Instant;

/**
 * A complaint was registered, directly or by escalating an inquiry (then
 * {@code inquiryReference} names it).
 */
public record ComplaintRegistered(String reference, long clientId, Severity severity, String subject,
		String inquiryReference, String actor, Instant occurredAt) {
}
