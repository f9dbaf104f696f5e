package io.servicedesk.inquiry;

import java.time.Instant;

/**
 * An inquiry was resolved, as the summary says.
 */
public record InquiryResolved(String reference, long clientId, String summary, String actor, Instant occurredAt) {
}
