package io.servicedesk.catalogue;

import java.util.EnumMap;
import java.util.Map;

import io.servicedesk.shared.Priority;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.staff.SupportedLanguage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CategoryTest {

	@Test
	void everyInterfaceLanguageNeedsAName() {
		Map<SupportedLanguage, String> names = names();
		names.put(SupportedLanguage.ET, " ");

		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> new Category("billing", CategoryKind.INQUIRY, names, Priority.NORMAL))
			.satisfies(refused -> assertThat(refused.getArguments()).containsExactly("Eesti"));
	}

	@Test
	void onlyInquiryCategoriesHaveADefaultPriority() {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> new Category("late-delivery", CategoryKind.COMPLAINT, names(), Priority.HIGH));

		Category complaint = new Category("late-delivery", CategoryKind.COMPLAINT, names(), null);
		assertThat(complaint.getDefaultPriority()).isNull();
	}

	@Test
	void deactivationIsReversibleButNotRepeatable() {
		Category category = new Category("billing", CategoryKind.INQUIRY, names(), Priority.LOW);

		category.deactivate();
		assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(category::deactivate);
		category.activate();
		assertThat(category.isActive()).isTrue();
	}

	@Test
	void aCannedResponseWithAnUnknownPlaceholderIsRefused() {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> new CannedResponse("Hi", "Dear {{client.nickname}}", SupportedLanguage.EN))
			.satisfies(refused -> assertThat(refused.getArguments()).containsExactly("client.nickname"));
	}

	private static Map<SupportedLanguage, String> names() {
		Map<SupportedLanguage, String> names = new EnumMap<>(SupportedLanguage.class);
		names.put(SupportedLanguage.EN, "Billing");
		names.put(SupportedLanguage.PL, "Rozliczenia");
		names.put(SupportedLanguage.DE, "Abrechnung");
		names.put(SupportedLanguage.ET, "Arveldus");
		names.put(SupportedLanguage.LV, "Norēķini");
		return names;
	}

}
