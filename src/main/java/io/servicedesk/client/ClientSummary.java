package io.servicedesk.client;

/**
 * A line of a client search result.
 */
public record ClientSummary(long id, String number, ClientKind kind, String name, String contactPerson, String email,
		String phone, String city, Segment segment) {
}
