package io.servicedesk.client.web;

import java.time.Instant;
import java.util.List;

import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientKind;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.client.PostalAddress;
import io.servicedesk.client.Segment;

/**
 * A client as the API returns it.
 */
record ClientResource(String number, ClientKind kind, String name, String companyName, String contactPerson,
		String email, String phone, PostalAddress address, String preferredLanguage, ContactChannel preferredChannel,
		Segment segment, List<String> tags, boolean marketingConsent, Instant consentChangedAt, String notes,
		boolean erased, long version, Instant createdAt, Instant updatedAt, List<String> otherEmails,
		String mergedInto) {

	static ClientResource of(ClientDetails c) {
		return new ClientResource(c.number(), c.kind(), c.name(), c.companyName(), c.contactPerson(), c.email(),
				c.phone(), c.address(), c.preferredLanguage().tag(), c.preferredChannel(), c.segment(), c.tags(),
				c.marketingConsent(), c.consentChangedAt(), c.notes(), c.erased(), c.version(), c.createdAt(),
				c.updatedAt(), c.otherEmails(), c.mergedInto());
	}

}
