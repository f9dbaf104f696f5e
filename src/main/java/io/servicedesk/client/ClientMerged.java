package io.servicedesk.client;

import java.time.Instant;

/**
 * A client was merged into another one (a duplicate record, or an unconfirmed sender who
 * is an existing client): every module moves what it holds of the merged client
 * (accounts, orders, cases, timeline, correspondence, surveys, files, documents) to the
 * survivor, in the same transaction ({@code @EventListener}, not after the commit).
 */
public record ClientMerged(long fromClientId, String fromNumber, long toClientId, String toNumber, String actor,
		Instant occurredAt) {
}
