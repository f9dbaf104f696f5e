/**
 * Complaints: registration (directly or by escalating an inquiry), the formal lifecycle
 * RECEIVED → ACKNOWLEDGED → INVESTIGATING ⇄ FORWARDED → RESOLUTION_PROPOSED → RESOLVED →
 * CLOSED (REOPENED within a window) on the shared case core of {@code casework}, the
 * supervisor's review under the four-eyes rule, the supervisor's queue and its summary.
 * {@link io.servicedesk.complaint.ComplaintService} is the public API.
 */
package io.servicedesk.complaint;
