/**
 * Inquiries: intake by any channel and by the API (idempotent), the lifecycle NEW → OPEN
 * → WAITING_ON_CLIENT ⇄ OPEN → RESOLVED → CLOSED on the shared case core of
 * {@code casework}, replies and internal notes, assignment, priority, the queues and the
 * inquiry page. {@link io.servicedesk.inquiry.InquiryService} is the public API; the
 * complaint module escalates an inquiry through it, and the inquiry's own rules and
 * timeline say what that does to the inquiry.
 */
package io.servicedesk.inquiry;
