package io.servicedesk.client.web;

import java.util.List;

import jakarta.validation.constraints.Size;

import io.servicedesk.client.ClientData;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientKind;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.client.Email;
import io.servicedesk.client.PhoneNumber;
import io.servicedesk.client.PostalAddress;
import io.servicedesk.client.Segment;
import io.servicedesk.staff.SupportedLanguage;

/**
 * A client in the API, for {@code POST} (kind and preferred language required) and
 * {@code PATCH} (only the fields given change; {@code version}, or the {@code If-Match}
 * header, says which version the change was based on).
 */
record ClientRequest(ClientKind kind, @Size(max = 200) String name, @Size(max = 200) String companyName,
		@Size(max = 200) String contactPerson, @Size(max = 320) String email, @Size(max = 40) String phone,
		@Size(max = 200) String street, @Size(max = 20) String postalCode, @Size(max = 100) String city, String country,
		String preferredLanguage, ContactChannel preferredChannel, Segment segment, List<@Size(max = 40) String> tags,
		Boolean marketingConsent, @Size(max = 4000) String notes, Long version) implements ContactInput {

	ClientData toData() {
		return new ClientData(kind, name, companyName, contactPerson, Email.ofNullable(email),
				PhoneNumber.parse(phone, country).orElse(null), new PostalAddress(street, postalCode, city, country),
				SupportedLanguage.fromTag(preferredLanguage).orElseThrow(), preferredChannel, segment,
				tags == null ? null : new java.util.LinkedHashSet<>(tags), Boolean.TRUE.equals(marketingConsent),
				notes);
	}

	/** This request applied on top of what the client has now. */
	ClientRequest over(ClientDetails c) {
		boolean newPhone = phone != null;
		return new ClientRequest(kind != null ? kind : c.kind(), name != null ? name : c.name(),
				companyName != null ? companyName : c.companyName(),
				contactPerson != null ? contactPerson : c.contactPerson(), email != null ? email : c.email(),
				newPhone ? phone : c.phone(), street != null ? street : c.address().street(),
				postalCode != null ? postalCode : c.address().postalCode(), city != null ? city : c.address().city(),
				country != null ? country : c.address().country(),
				preferredLanguage != null ? preferredLanguage : c.preferredLanguage().tag(),
				preferredChannel != null ? preferredChannel : c.preferredChannel(),
				segment != null ? segment : c.segment(), tags != null ? tags : c.tags(),
				marketingConsent != null ? marketingConsent : c.marketingConsent(), notes != null ? notes : c.notes(),
				version);
	}

}
