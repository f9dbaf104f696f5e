package io.servicedesk.support;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import io.servicedesk.client.ClientData;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientKind;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.client.Email;
import io.servicedesk.client.PhoneNumber;
import io.servicedesk.client.PostalAddress;
import io.servicedesk.client.Segment;
import io.servicedesk.staff.SupportedLanguage;

/**
 * Clients with unique names, e-mails and phone numbers, so tests on the shared database
 * never collide.
 */
public final class ClientMother {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

	private ClientMother() {
	}

	public static String unique() {
		return Long.toString(SEQUENCE.incrementAndGet(), 36) + Long.toString(System.nanoTime() % 46656, 36);
	}

	/** A phone number nobody else in the test database has: +48 5xx xxx xxx. */
	public static String uniquePolishMobile() {
		long n = SEQUENCE.incrementAndGet() * 7919 % 100_000_000L;
		return "+485%08d".formatted(n);
	}

	public static ClientDetails individual(ClientService clients, String name) {
		return individual(clients, name, name.replaceAll("\\W", "").toLowerCase() + "." + unique() + "@example.com",
				uniquePolishMobile());
	}

	public static ClientDetails individual(ClientService clients, String name, String email, String phone) {
		return speaking(clients, name, email, phone, SupportedLanguage.PL);
	}

	/** A client with a unique address who reads the desk's mail in this language. */
	public static ClientDetails speaking(ClientService clients, String name, SupportedLanguage language) {
		return speaking(clients, name, name.replaceAll("\\W", "").toLowerCase() + "." + unique() + "@example.com",
				uniquePolishMobile(), language);
	}

	public static ClientDetails speaking(ClientService clients, String name, String email, String phone,
			SupportedLanguage language) {
		return clients.register(new ClientData(ClientKind.INDIVIDUAL, name, null, null, Email.ofNullable(email),
				PhoneNumber.parse(phone, null).orElse(null), new PostalAddress("Długa 1", "00-001", "Warszawa", "PL"),
				language, ContactChannel.PHONE, Segment.STANDARD, Set.of("test"), false, null), "agent");
	}

}
