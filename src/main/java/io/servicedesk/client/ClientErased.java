package io.servicedesk.client;

import java.time.Instant;

/**
 * A client's personal data was erased; modules holding personal text about the client
 * anonymise it too.
 */
public record ClientErased(long clientId, String number, String actor, Instant occurredAt) {
}
