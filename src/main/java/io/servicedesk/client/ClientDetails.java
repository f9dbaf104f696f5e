package io.servicedesk.client;

import java.time.Instant;
import java.util.List;

import io.servicedesk.staff.SupportedLanguage;

/**
 * Everything held about a client, as pages and the API show it.
 *
 * @param emailUndeliverableAt when mail to the client's address last came back
 * undelivered ({@code null}: it did not, or the address changed since)
 * @param unconfirmed the sender of a mail from an unknown address, not yet confirmed as a
 * client by staff
 * @param mergedInto the number of the client this one was merged into ({@code null}: not
 * merged); that client carries on for both
 * @param otherEmails the addresses the client also writes from (a merged client's), in
 * lower case
 */
public record ClientDetails(long id, String number, ClientKind kind, String name, String companyName,
		String contactPerson, String email, String phone, String phoneDisplay, PostalAddress address,
		SupportedLanguage preferredLanguage, ContactChannel preferredChannel, Segment segment, List<String> tags,
		boolean marketingConsent, Instant consentChangedAt, String notes, boolean erased, Instant emailUndeliverableAt,
		String emailUndeliverableReason, boolean unconfirmed, long version, Instant createdAt, Instant updatedAt,
		String mergedInto, Instant mergedAt, List<String> otherEmails) {

	public ClientDetails {
		otherEmails = otherEmails == null ? List.of() : List.copyOf(otherEmails);
	}

	/** Whether this client was merged into another one ({@link #mergedInto}). */
	public boolean merged() {
		return mergedInto != null;
	}

	/** Mail can be sent to the client: there is an address and it has not bounced. */
	public boolean emailDeliverable() {
		return email != null && emailUndeliverableAt == null;
	}

	public ClientRef ref() {
		return new ClientRef(id, number, name);
	}

}
