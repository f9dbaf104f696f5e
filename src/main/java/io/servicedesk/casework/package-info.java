/**
 * What inquiries and complaints share: the case row with its assignment, priority,
 * category, links to the client and optionally an account and an order, and a copy of its
 * SLA state for the queues; the case timeline; the queues and the full-text search;
 * object-level access; who has a case open. The case modules build their lifecycles on
 * {@link io.servicedesk.casework.CaseFile} and use
 * {@link io.servicedesk.casework.CaseSteps} for the bookkeeping of every step,
 * {@link io.servicedesk.casework.CaseTimeline}, {@link io.servicedesk.casework.CaseSla},
 * {@link io.servicedesk.casework.CaseQueues}, {@link io.servicedesk.casework.CaseAccess},
 * {@link io.servicedesk.casework.CasePresence}, the client of a new case
 * ({@link io.servicedesk.casework.CaseClients}), its account and order
 * ({@link io.servicedesk.casework.CaseLinks}), assignment
 * ({@link io.servicedesk.casework.CaseAssignment}) and the {@code Idempotency-Key}s of
 * the API ({@link io.servicedesk.casework.CaseIdempotency}); {@code casework.web} holds
 * what their pages and API share, {@code casework.demo} the bulk writer of their demo
 * data.
 */
package io.servicedesk.casework;
