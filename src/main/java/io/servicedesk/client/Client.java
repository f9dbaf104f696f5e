package io.servicedesk.client;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.BaseEntity;
import io.servicedesk.staff.SupportedLanguage;

/**
 * A client of the desk: a person or a company, how to reach them, and what they agreed
 * to.
 */
@Entity
@Table(name = "client")
class Client extends BaseEntity {

	static final String ERASED = "—";

	@Column(nullable = false, updatable = false)
	private String number;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ClientKind kind;

	@Column(nullable = false)
	private String name;

	private String companyName;

	private String contactPerson;

	private String email;

	private String phone;

	private String street;

	private String postalCode;

	private String city;

	private String country;

	@Column(nullable = false)
	private String preferredLanguage;

	@Enumerated(EnumType.STRING)
	private ContactChannel preferredChannel;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Segment segment;

	private String tags;

	private boolean marketingConsent;

	private Instant consentChangedAt;

	private String notes;

	private Instant erasedAt;

	private Instant emailUndeliverableAt;

	private String emailUndeliverableReason;

	private boolean unconfirmed;

	protected Client() {
	}

	Client(String number, ClientData data, Instant now) {
		this.number = number;
		apply(data, now);
	}

	/**
	 * The sender of a mail from an address no client has: a client to be confirmed by
	 * staff (by saving their details) or linked to the client they really are.
	 */
	static Client unconfirmedSender(String number, ClientData data, Instant now) {
		Client client = new Client(number, data, now);
		client.unconfirmed = true;
		return client;
	}

	/**
	 * Staff saved the client's details: an unconfirmed sender is a client from now on.
	 */
	void edit(ClientData data, Instant now) {
		requireCurrent();
		apply(data, now);
		unconfirmed = false;
	}

	/**
	 * Mail to the client's address came back; nothing changes when the address has been
	 * changed since.
	 */
	boolean markEmailUndeliverable(String address, String reason, Instant at) {
		if (email == null || !email.equalsIgnoreCase(address)) {
			return false;
		}
		emailUndeliverableAt = at;
		emailUndeliverableReason = reason == null ? null
				: reason.length() <= 500 ? reason : reason.substring(0, 499) + "…";
		return true;
	}

	/**
	 * Checks that this record, an unconfirmed sender, may be merged into the given client
	 * (whose record it then is no longer).
	 */
	void requireMergeableInto(Client target) {
		requireCurrent();
		target.requireCurrent();
		if (!unconfirmed) {
			throw new IllegalTransitionException("client.merge.confirmed", number);
		}
		if (target.getId().equals(getId())) {
			throw new IllegalTransitionException("client.merge.self", number);
		}
	}

	private void requireCurrent() {
		if (erasedAt != null) {
			throw new IllegalTransitionException("client.erased.refused", number);
		}
	}

	/**
	 * Irreversibly replaces every personal field; the number, segment and dates stay for
	 * the statistics.
	 */
	void erase(Instant now) {
		if (erasedAt != null) {
			throw new IllegalTransitionException("client.erased.already", number);
		}
		name = ERASED;
		emailUndeliverableAt = null;
		emailUndeliverableReason = null;
		companyName = null;
		contactPerson = null;
		email = null;
		phone = null;
		street = null;
		postalCode = null;
		city = null;
		tags = null;
		notes = null;
		marketingConsent = false;
		consentChangedAt = now;
		erasedAt = now;
	}

	private void apply(ClientData data, Instant now) {
		kind = data.kind();
		name = data.name();
		companyName = data.kind() == ClientKind.COMPANY ? data.companyName() : null;
		contactPerson = data.kind() == ClientKind.COMPANY ? data.contactPerson() : null;
		String newEmail = data.email() == null ? null : data.email().value();
		if (newEmail == null || !newEmail.equalsIgnoreCase(email == null ? "" : email)) {
			emailUndeliverableAt = null;
			emailUndeliverableReason = null;
		}
		email = newEmail;
		phone = data.phone() == null ? null : data.phone().value();
		street = data.address().street();
		postalCode = data.address().postalCode();
		city = data.address().city();
		country = data.address().country();
		preferredLanguage = data.preferredLanguage().tag();
		preferredChannel = data.preferredChannel();
		segment = data.segment();
		tags = data.tags().isEmpty() ? null : String.join(",", new TreeSet<>(data.tags()));
		if (consentChangedAt == null ? data.marketingConsent() : marketingConsent != data.marketingConsent()) {
			consentChangedAt = now;
		}
		marketingConsent = data.marketingConsent();
		notes = data.notes();
	}

	String getNumber() {
		return number;
	}

	ClientDetails details() {
		return new ClientDetails(getId(), number, kind, name, companyName, contactPerson, email, phone,
				phone == null ? null : new PhoneNumber(phone).display(),
				new PostalAddress(street, postalCode, city, country),
				SupportedLanguage.fromTag(preferredLanguage).orElse(SupportedLanguage.fallback()), preferredChannel,
				segment, tags == null ? List.of() : Arrays.asList(tags.split(",")), marketingConsent, consentChangedAt,
				notes, erasedAt != null, emailUndeliverableAt, emailUndeliverableReason, unconfirmed, getVersion(),
				getCreatedAt(), getUpdatedAt());
	}

}
