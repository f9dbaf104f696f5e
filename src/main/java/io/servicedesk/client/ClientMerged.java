package io.servicedesk.client;

import java.time.Instant;

/**
 * An unconfirmed sender turned out to be an existing client: every module moves what it
 * holds of the sender (cases, timeline, correspondence, accounts, orders) to that client,
 * in the same transaction.
 */
public record ClientMerged(long fromClientId, String fromNumber, long toClientId, String toNumber, String actor,
		Instant occurredAt) {
}
