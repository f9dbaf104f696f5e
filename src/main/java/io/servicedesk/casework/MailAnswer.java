package io.servicedesk.casework;

/**
 * Where a client's mail that answers a case went: onto the case ({@code accepted}), or
 * nowhere because the case is closed, in which case the client's new matter is a new
 * inquiry (of the case's client and team) linked to it.
 */
public record MailAnswer(String reference, boolean accepted, long clientId, Long teamId) {
}
