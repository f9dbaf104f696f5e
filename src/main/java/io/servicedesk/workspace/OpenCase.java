package io.servicedesk.workspace;

/**
 * An open inquiry or complaint of the client, as the 360° page lists it.
 */
public record OpenCase(String reference, String kind, String subject, String status) {
}
