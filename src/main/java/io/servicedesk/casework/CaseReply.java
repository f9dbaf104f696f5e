package io.servicedesk.casework;

/**
 * A case after the desk's words to the client, and how they went.
 *
 * @param <D> the case module's details of a case
 */
public record CaseReply<D>(D details, SentReply sent) {
}
