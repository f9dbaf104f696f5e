package io.servicedesk.casework;

import java.time.Instant;

import io.servicedesk.sla.CaseKind;

/**
 * Correspondence with the client was recorded on a case: how the case arrived, a message
 * or call from the client, or a public reply by staff (never an internal note). The
 * client's timeline shows it.
 *
 * @param channel the channel the message went on, a {@link CaseChannel} or a client
 * contact channel name
 * @param outgoingMessageId the outgoing message a reply became, if it went by e-mail
 */
public record CaseCorrespondenceRecorded(long clientId, CaseKind caseKind, String reference, String subject,
		CaseEntryKind kind, String channel, String body, String actor, Instant occurredAt, Long outgoingMessageId) {
}
