package io.servicedesk.client.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
 * The client form of the create and edit pages.
 */
public class ClientForm implements ContactInput {

	@NotNull
	private ClientKind kind = ClientKind.INDIVIDUAL;

	@Size(max = 200)
	private String name;

	@Size(max = 200)
	private String companyName;

	@Size(max = 200)
	private String contactPerson;

	@Size(max = 320)
	private String email;

	@Size(max = 40)
	private String phone;

	@Size(max = 200)
	private String street;

	@Size(max = 20)
	private String postalCode;

	@Size(max = 100)
	private String city;

	@Size(max = 2)
	private String country;

	@NotBlank
	private String preferredLanguage = "en";

	private ContactChannel preferredChannel;

	@NotNull
	private Segment segment = Segment.STANDARD;

	@Size(max = 500)
	private String tags;

	private boolean marketingConsent;

	@Size(max = 4000)
	private String notes;

	private long version;

	private boolean confirmDuplicate;

	static ClientForm from(ClientDetails client) {
		ClientForm form = new ClientForm();
		form.kind = client.kind();
		form.name = client.name();
		form.companyName = client.companyName();
		form.contactPerson = client.contactPerson();
		form.email = client.email();
		form.phone = client.phoneDisplay();
		form.street = client.address().street();
		form.postalCode = client.address().postalCode();
		form.city = client.address().city();
		form.country = client.address().country();
		form.preferredLanguage = client.preferredLanguage().tag();
		form.preferredChannel = client.preferredChannel();
		form.segment = client.segment();
		form.tags = String.join(", ", client.tags());
		form.marketingConsent = client.marketingConsent();
		form.notes = client.notes();
		form.version = client.version();
		return form;
	}

	/**
	 * The validated input as the service takes it; call only when the form has no errors.
	 */
	ClientData toData() {
		return new ClientData(kind, kind == ClientKind.COMPANY && blank(name) ? companyName : name, companyName,
				contactPerson, Email.ofNullable(email), PhoneNumber.parse(phone, country).orElse(null),
				new PostalAddress(street, postalCode, city, country),
				SupportedLanguage.fromTag(preferredLanguage).orElseThrow(), preferredChannel, segment, parseTags(tags),
				marketingConsent, notes);
	}

	static Set<String> parseTags(String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(text.split(","))
			.map(String::trim)
			.filter(tag -> !tag.isEmpty())
			.map(tag -> tag.length() > 40 ? tag.substring(0, 40) : tag)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	@Override
	public ClientKind kind() {
		return kind;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public String companyName() {
		return companyName;
	}

	@Override
	public String email() {
		return email;
	}

	@Override
	public String phone() {
		return phone;
	}

	@Override
	public String country() {
		return country;
	}

	@Override
	public String preferredLanguage() {
		return preferredLanguage;
	}

	public ClientKind getKind() {
		return kind;
	}

	public void setKind(ClientKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCompanyName() {
		return companyName;
	}

	public void setCompanyName(String companyName) {
		this.companyName = companyName;
	}

	public String getContactPerson() {
		return contactPerson;
	}

	public void setContactPerson(String contactPerson) {
		this.contactPerson = contactPerson;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getStreet() {
		return street;
	}

	public void setStreet(String street) {
		this.street = street;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getPreferredLanguage() {
		return preferredLanguage;
	}

	public void setPreferredLanguage(String preferredLanguage) {
		this.preferredLanguage = preferredLanguage;
	}

	public ContactChannel getPreferredChannel() {
		return preferredChannel;
	}

	public void setPreferredChannel(ContactChannel preferredChannel) {
		this.preferredChannel = preferredChannel;
	}

	public Segment getSegment() {
		return segment;
	}

	public void setSegment(Segment segment) {
		this.segment = segment;
	}

	public String getTags() {
		return tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public boolean isMarketingConsent() {
		return marketingConsent;
	}

	public void setMarketingConsent(boolean marketingConsent) {
		this.marketingConsent = marketingConsent;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public boolean isConfirmDuplicate() {
		return confirmDuplicate;
	}

	public void setConfirmDuplicate(boolean confirmDuplicate) {
		this.confirmDuplicate = confirmDuplicate;
	}

}
