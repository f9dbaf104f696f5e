package io.servicedesk.catalogue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholdersTest {

	@Test
	void fillsEveryPlaceholderThatHasAValue() {
		String filled = Placeholders.fill("Dear {{client.name}}, about {{ case.reference }}: done. {{agent.name}}",
				Map.of("client.name", "Anna Nowak", "case.reference", "INQ-000042", "agent.name", "Liis"));

		assertThat(filled).isEqualTo("Dear Anna Nowak, about INQ-000042: done. Liis");
	}

	@Test
	void aPlaceholderWithoutAValueStaysVisibleAndValuesAreTakenLiterally() {
		String filled = Placeholders.fill("Hello {{client.name}}, see {{case.reference}}",
				Map.of("client.name", "Cost $5 \\ {{x}}"));

		assertThat(filled).isEqualTo("Hello Cost $5 \\ {{x}}, see {{case.reference}}");
	}

	@Test
	void onlyTheKnownPlaceholdersAreAllowed() {
		assertThat(Placeholders.unknownIn("{{client.name}} {{client.iban}} {{ order.total }}"))
			.containsExactly("client.iban", "order.total");
		assertThat(Placeholders.unknownIn("No placeholders; {single} braces are text.")).isEmpty();
	}

}
