package io.servicedesk.client;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How a letter to a client opens, as the client's language says it: a person by name
 * ("Dear Zofia Testowa,", "Dzień dobry Zofia Testowa,"), a company by its contact person
 * where it has one, otherwise as a company is addressed ("Szanowni Państwo,"). Canned
 * responses write it {@code {{client.salutation}}}.
 */
@Component
public class Salutations {

	private final MessageSource messages;

	Salutations(MessageSource messages) {
		this.messages = messages;
	}

	/** The salutation in the client's own language. */
	public String of(ClientDetails client) {
		return of(client, client.preferredLanguage().locale());
	}

	/** The salutation in the given language. */
	public String of(ClientDetails client, Locale locale) {
		String contact = client.kind() == ClientKind.COMPANY ? client.contactPerson() : client.name();
		if (contact == null || contact.isBlank()) {
			return messages.getMessage("client.salutation.COMPANY", null, locale);
		}
		return messages.getMessage("client.salutation.PERSON", new Object[] { contact.strip() }, locale);
	}

}
