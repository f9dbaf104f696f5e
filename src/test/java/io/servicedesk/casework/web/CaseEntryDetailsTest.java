package io.servicedesk.casework.web;

import java.time.Instant;
import java.util.Locale;

import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseEntryView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class CaseEntryDetailsTest {

	private final StaticMessageSource messages = new StaticMessageSource();

	private final CaseEntryDetails details = new CaseEntryDetails(messages);

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aStatusChangeNamesBothStatusesInTheReadersLanguage() {
		messages.addMessage("complaint.status.RECEIVED", Locale.GERMAN, "Eingegangen");
		messages.addMessage("complaint.status.ACKNOWLEDGED", Locale.GERMAN, "Bestätigt");
		LocaleContextHolder.setLocale(Locale.GERMAN);

		assertThat(details.detail(entry(CaseEntryKind.STATUS_CHANGED, "RECEIVED → ACKNOWLEDGED")))
			.isEqualTo("Eingegangen → Bestätigt");
	}

	@Test
	void aPriorityChangeIsTranslatedAndOtherDetailsStayAsTheyAre() {
		messages.addMessage("priority.NORMAL", Locale.ENGLISH, "Normal");
		messages.addMessage("priority.URGENT", Locale.ENGLISH, "Urgent");
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(details.detail(entry(CaseEntryKind.PRIORITY_CHANGED, "NORMAL → URGENT")))
			.isEqualTo("Normal → Urgent");
		assertThat(details.detail(entry(CaseEntryKind.STATUS_CHANGED, "NEW → SOMETHING"))).isEqualTo("NEW → SOMETHING");
		assertThat(details.detail(entry(CaseEntryKind.ASSIGNED, "agent → Billing"))).isEqualTo("agent → Billing");
		assertThat(details.detail(entry(CaseEntryKind.NOTE, null))).isNull();
	}

	private static CaseEntryView entry(CaseEntryKind kind, String detail) {
		return new CaseEntryView(1, kind, null, null, detail, "agent", Instant.now());
	}

}
