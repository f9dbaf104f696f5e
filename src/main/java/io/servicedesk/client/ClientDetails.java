package io.servicedesk.client;

import java.time.Instant;
import java.util.List;

import io.servicedesk.staff.SupportedLanguage;

/**
 * Everything held about a client, as pages and the API show it.
 */
public record ClientDetails(long id, String number, ClientKind kind, String name, String companyName,
		String contactPerson, String email, String phone, String phoneDisplay, PostalAddress address,
		SupportedLanguage preferredLanguage, ContactChannel preferredChannel, Segment segment, List<String> tags,
		boolean marketingConsent, Instant consentChangedAt, String notes, boolean erased, long version,
		Instant createdAt, Instant updatedAt) {

	public ClientRef ref() {
		return new ClientRef(id, number, name);
	}

}
