package io.servicedesk.casework.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseEntryView;
import io.servicedesk.staff.TeamDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class CaseEntryDetailsTest {

	private final StaticMessageSource messages = new StaticMessageSource();

	private final TeamDirectory staff = Mockito.mock(TeamDirectory.class);

	private final CaseEntryDetails details = new CaseEntryDetails(messages, staff);

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

	@Test
	void anSlaLineNamesItsTargetAndStaffAreNamedByTheirNames() {
		messages.addMessage("workday.sla.target.RESOLUTION", Locale.GERMAN, "Lösung");
		messages.addMessage("case.actor.system", Locale.GERMAN, "Service Desk");
		LocaleContextHolder.setLocale(Locale.GERMAN);
		CaseEntryView breach = new CaseEntryView(2, CaseEntryKind.SLA_BREACHED, null, null, "RESOLUTION", "system",
				Instant.now());
		CaseEntryView note = entry(CaseEntryKind.NOTE, null);
		Mockito.when(staff.displayNames(Set.of("agent"))).thenReturn(Map.of("agent", "Anna Agent"));

		assertThat(details.detail(breach)).isEqualTo("Lösung");
		Map<String, String> names = details.names(List.of(breach, note));
		assertThat(details.actor(note, names)).isEqualTo("Anna Agent");
		assertThat(details.actor(breach, names)).isEqualTo("Service Desk");
	}

	private static CaseEntryView entry(CaseEntryKind kind, String detail) {
		return new CaseEntryView(1, kind, null, null, detail, "agent", Instant.now());
	}

}
