package io.servicedesk.client;

import java.time.Instant;

/**
 * A new client was registered.
 */
public record ClientRegistered(long clientId, String number, String actor, Instant occurredAt) {
}
