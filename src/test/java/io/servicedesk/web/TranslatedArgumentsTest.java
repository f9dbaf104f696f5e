package io.servicedesk.web;

import java.util.Locale;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.order.OrderStatus;
import io.servicedesk.shared.Priority;
import io.servicedesk.sla.SlaState;
import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Codes among a message's arguments are shown in the reader's language.
 */
class TranslatedArgumentsTest {

	private final MessageSource messages = (MessageSource) new TranslatedArguments()
		.postProcessAfterInitialization(bundles(), "messageSource");

	@Test
	void anOrderStatusInsideARefusalIsTranslated() {
		assertThat(messages.getMessage("order.status.refused",
				new Object[] { "O-000001", OrderStatus.RETURNED, OrderStatus.SHIPPED }, Locale.forLanguageTag("lv")))
			.doesNotContain("RETURNED")
			.doesNotContain("SHIPPED")
			.contains("Atgriezts");
	}

	@Test
	void codesOfOtherModulesAndFieldErrorsAreTranslatedToo() {
		assertThat(messages.getMessage(new DefaultMessageSourceResolvable(new String[] { "order.status.refused" },
				new Object[] { "O-1", OrderStatus.RETURNED, OrderStatus.SHIPPED }), Locale.ENGLISH))
			.doesNotContain("RETURNED");
		Locale polish = Locale.forLanguageTag("pl");
		assertThat(TranslatedArguments.keys(Priority.HIGH)).contains("priority.HIGH");
		assertThat(TranslatedArguments.keys(CaseChannel.PHONE)).first().isEqualTo("case.channel.PHONE");
		assertThat(TranslatedArguments.keys(SlaState.BREACHED)).contains("case.sla.state.BREACHED");
		assertThat(messages.getMessage("order.status.refused", new Object[] { "O-1", Priority.HIGH, SlaState.BREACHED },
				polish))
			.doesNotContain("HIGH")
			.doesNotContain("BREACHED");
	}

	private static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages", "i18n/clients", "i18n/admin", "i18n/cases", "i18n/complaints", "i18n/sla");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}

}
