package io.servicedesk.casework;

import java.util.List;

import io.servicedesk.client.ClientData;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientKind;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.ClientSummary;
import io.servicedesk.client.Email;
import io.servicedesk.client.PhoneNumber;
import io.servicedesk.client.PostalAddress;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.staff.SupportedLanguage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client a new case concerns: an existing client by number, or a client met for the
 * first time at intake. A new contact is matched against the clients already known by
 * e-mail or phone, so the same person writing twice does not become two clients; only
 * when nobody matches is a client registered.
 */
@Service
public class CaseClients {

	private final ClientService clients;

	CaseClients(ClientService clients) {
		this.clients = clients;
	}

	/**
	 * The existing client ({@code clientNumber} given) or the client of the new contact;
	 * refused (422) without either, or with a contact that has neither a valid e-mail
	 * address nor a phone number.
	 */
	@Transactional
	public ClientDetails resolve(String clientNumber, NewClientContact contact, String actor) {
		if (clientNumber != null && !clientNumber.isBlank()) {
			ClientDetails chosen = clients.get(clientNumber.strip());
			return chosen.merged() ? clients.get(chosen.mergedInto()) : chosen;
		}
		if (contact == null || contact.name() == null || contact.name().isBlank()) {
			throw new RuleViolationException("case.client.required");
		}
		Email email = contact.email() == null || contact.email().isBlank() || !Email.isValid(contact.email()) ? null
				: new Email(contact.email());
		PhoneNumber phone = PhoneNumber.parse(contact.phone(), null).orElse(null);
		if (email == null && phone == null) {
			throw new RuleViolationException("case.client.contact-required");
		}
		List<ClientSummary> known = clients.likelyDuplicates(email, phone, null);
		if (!known.isEmpty()) {
			return clients.get(known.get(0).number());
		}
		SupportedLanguage language = SupportedLanguage.fromTag(contact.language()).orElse(SupportedLanguage.EN);
		return clients.register(new ClientData(ClientKind.INDIVIDUAL, contact.name().strip(), null, null, email, phone,
				PostalAddress.NONE, language, null, null, null, false, null), actor);
	}

}
