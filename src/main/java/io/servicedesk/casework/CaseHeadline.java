package io.servicedesk.casework;

/**
 * A case in a short list, such as a client's open cases.
 */
public record CaseHeadline(String reference, String subject, String status) {
}
