package io.servicedesk.client;

import java.util.List;
import java.util.Locale;

import io.servicedesk.staff.SupportedLanguage;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A letter opens as the client's language addresses a person or a company.
 */
class SalutationsTest {

	private final Salutations salutations = new Salutations(bundles());

	@Test
	void aPolishPersonIsGreetedByNameAndACompanyWithoutContactAsACompany() {
		assertThat(salutations.of(client(ClientKind.INDIVIDUAL, "Zofia Testowa", null, SupportedLanguage.PL)))
			.isEqualTo("Dzień dobry Zofia Testowa,");
		assertThat(salutations.of(client(ClientKind.COMPANY, "Testowa sp. z o.o.", null, SupportedLanguage.PL)))
			.isEqualTo("Szanowni Państwo,");
		assertThat(salutations.of(client(ClientKind.COMPANY, "Muster GmbH", "Jan Muster", SupportedLanguage.DE)))
			.isEqualTo("Guten Tag Jan Muster,");
		assertThat(salutations.of(client(ClientKind.INDIVIDUAL, "Ann Lee", null, SupportedLanguage.EN), Locale.ENGLISH))
			.isEqualTo("Dear Ann Lee,");
	}

	private static ClientDetails client(ClientKind kind, String name, String contact, SupportedLanguage language) {
		return new ClientDetails(1, "C-000001", kind, name, kind == ClientKind.COMPANY ? name : null, contact, null,
				null, null, PostalAddress.NONE, language, ContactChannel.EMAIL, Segment.STANDARD, List.of(), false,
				null, null, false, null, null, false, 0, null, null, null, null, List.of());
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/workday");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
