package io.servicedesk.client;

import java.util.List;

import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ClientSearchTests {

	@Autowired
	ClientService clients;

	@Test
	void nameSearchIgnoresCaseAndAccentsAndFindsAnyPart() {
		String suffix = ClientMother.unique();
		ClientDetails muller = ClientMother.individual(clients, "Jürgen Müller" + suffix);
		ClientDetails other = ClientMother.individual(clients, "Jürgen Schmidt" + suffix);

		assertThat(numbers("muller" + suffix)).containsExactly(muller.number());
		assertThat(numbers("MÜLLER" + suffix)).containsExactly(muller.number());
		assertThat(numbers("ller" + suffix.toUpperCase())).containsExactly(muller.number());
		assertThat(numbers("jurgen")).contains(muller.number(), other.number());
	}

	@Test
	void phoneIsFoundWhateverTheFormat() {
		String phone = ClientMother.uniquePolishMobile();
		ClientDetails client = ClientMother.individual(clients, "Anna Wiśniewska", null, phone);
		String national = phone.substring(3);
		String spaced = national.substring(0, 3) + " " + national.substring(3, 6) + "-" + national.substring(6);

		assertThat(numbers(phone)).containsExactly(client.number());
		assertThat(numbers("0048 " + spaced)).containsExactly(client.number());
		assertThat(numbers(spaced)).containsExactly(client.number());
	}

	@Test
	void emailAndNumberFindTheClient() {
		ClientDetails client = ClientMother.individual(clients, "Tiit Tamm");
		assertThat(numbers(client.email().toUpperCase())).containsExactly(client.number());
		assertThat(numbers(client.number().toLowerCase())).containsExactly(client.number());
	}

	@Test
	void resultsArePagedByKeyset() {
		String suffix = ClientMother.unique();
		for (int i = 0; i < 5; i++) {
			ClientMother.individual(clients, "Ozols" + suffix + " " + i);
		}
		ClientPage first = clients.search("ozols" + suffix, List.of(), 2, null);
		ClientPage second = clients.search("ozols" + suffix, List.of(), 2, first.next());
		ClientPage third = clients.search("ozols" + suffix, List.of(), 2, second.next());

		assertThat(first.items()).extracting(ClientSummary::name)
			.containsExactly("Ozols" + suffix + " 0", "Ozols" + suffix + " 1");
		assertThat(second.items()).extracting(ClientSummary::name)
			.containsExactly("Ozols" + suffix + " 2", "Ozols" + suffix + " 3");
		assertThat(third.items()).extracting(ClientSummary::name).containsExactly("Ozols" + suffix + " 4");
		assertThat(third.next()).isNull();
	}

	@Test
	void duplicatesAreFoundBySameEmailOrPhone() {
		ClientDetails existing = ClientMother.individual(clients, "Jan Kowalski");
		assertThat(clients.likelyDuplicates(new Email(existing.email().toUpperCase()), null, null))
			.extracting(ClientSummary::number)
			.containsExactly(existing.number());
		assertThat(clients.likelyDuplicates(null, new PhoneNumber(existing.phone()), null))
			.extracting(ClientSummary::number)
			.containsExactly(existing.number());
		assertThat(clients.likelyDuplicates(null, new PhoneNumber(existing.phone()), existing.number())).isEmpty();
	}

	private List<String> numbers(String query) {
		return clients.search(query, List.of(), 50, null).items().stream().map(ClientSummary::number).toList();
	}

}
