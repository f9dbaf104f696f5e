package io.servicedesk.client;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
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

	/** The number of the client this one was merged into ({@code null}: not merged). */
	private String mergedInto;

	private Instant mergedAt;

	/**
	 * E-mail addresses besides {@link #email}, in lower case (a merged client's), that
	 * incoming mail is matched by; read only when they change.
	 */
	@ElementCollection
	@CollectionTable(name = "client_email", joinColumns = @JoinColumn(name = "client_id"))
	@Column(name = "email")
	private Set<String> matchingEmails = new TreeSet<>();

	/** The same addresses, comma-separated, as the pages show them. */
	private String otherEmails;

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
	 * Checks that this client may be merged into the given one: neither is erased or
	 * merged already, and they are two clients.
	 */
	void requireMergeableInto(Client target) {
		requireCurrent();
		target.requireCurrent();
		if (target.getId().equals(getId())) {
			throw new IllegalTransitionException("client.merge.self", number);
		}
		if (mergedInto != null) {
			throw new IllegalTransitionException("client.merge.already", number, mergedInto);
		}
		if (target.mergedInto != null) {
			throw new IllegalTransitionException("client.merge.into-merged", target.number, target.mergedInto);
		}
	}

	/** Refuses a client that is no unconfirmed sender (staff confirmed them). */
	void requireUnconfirmed() {
		if (!unconfirmed) {
			throw new IllegalTransitionException("client.merge.confirmed", number);
		}
	}

	/**
	 * The merged client's ways of reaching them become this client's too: every e-mail
	 * address (mail from any of them finds this client), and the phone number where this
	 * client has none. Answers the addresses that were added.
	 */
	Set<String> absorb(Client merged) {
		Set<String> added = new TreeSet<>();
		for (String address : merged.emailAddresses()) {
			if (!emailAddresses().contains(address)) {
				if (email == null) {
					email = address;
				}
				else {
					matchingEmails.add(address);
					otherEmails = String.join(",", new TreeSet<>(matchingEmails));
				}
				added.add(address);
			}
		}
		if (phone == null && merged.phone != null) {
			phone = merged.phone;
		}
		if (unconfirmed && !merged.unconfirmed) {
			unconfirmed = false;
		}
		return added;
	}

	/** The client is the same as the one with this number, which carries on for both. */
	void markMergedInto(String survivor, Instant now) {
		mergedInto = survivor;
		mergedAt = now;
	}

	/** Every address the client writes from, in lower case, the record's first. */
	Set<String> emailAddresses() {
		Set<String> all = new java.util.LinkedHashSet<>();
		if (email != null) {
			all.add(email.toLowerCase(Locale.ROOT));
		}
		all.addAll(otherEmailList());
		return all;
	}

	private List<String> otherEmailList() {
		return otherEmails == null ? List.of() : Arrays.asList(otherEmails.split(","));
	}

	String getMergedInto() {
		return mergedInto;
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
		matchingEmails.clear();
		otherEmails = null;
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
				getCreatedAt(), getUpdatedAt(), mergedInto, mergedAt, otherEmailList());
	}

}
