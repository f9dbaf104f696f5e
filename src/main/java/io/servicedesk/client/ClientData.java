package io.servicedesk.client;

import java.util.Objects;
import java.util.Set;

import io.servicedesk.staff.SupportedLanguage;

/**
 * Everything an agent records about a client when registering or editing one, already
 * validated.
 */
public record ClientData(ClientKind kind, String name, String companyName, String contactPerson, Email email,
		PhoneNumber phone, PostalAddress address, SupportedLanguage preferredLanguage, ContactChannel preferredChannel,
		Segment segment, Set<String> tags, boolean marketingConsent, String notes) {

	public ClientData {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(preferredLanguage, "preferredLanguage");
		companyName = PostalAddress.blankToNull(companyName);
		contactPerson = PostalAddress.blankToNull(contactPerson);
		name = PostalAddress.blankToNull(name);
		if (kind == ClientKind.COMPANY && companyName == null) {
			throw new IllegalArgumentException("A company needs its name");
		}
		if (kind == ClientKind.COMPANY && name == null) {
			name = companyName;
		}
		Objects.requireNonNull(name, "name");
		address = address == null ? PostalAddress.NONE : address;
		segment = segment == null ? Segment.STANDARD : segment;
		tags = tags == null ? Set.of() : Set.copyOf(tags);
		notes = PostalAddress.blankToNull(notes);
	}

}
