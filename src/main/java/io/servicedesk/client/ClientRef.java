package io.servicedesk.client;

/**
 * What other modules hold of a client: its id, its number and the name to show.
 */
public record ClientRef(long id, String number, String displayName) {
}
