package io.servicedesk.complaint;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.Viewer;
import io.servicedesk.client.ClientData;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientKind;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.client.Email;
import io.servicedesk.client.PostalAddress;
import io.servicedesk.client.Segment;
import io.servicedesk.sla.SlaClocks;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acknowledgement states the resolution deadline the way the client reads it: in the
 * client's language, on the clock of the desk's business calendar (the Poland calendar of
 * the default complaint policies, Europe/Warsaw), not as a UTC date.
 */
@IntegrationTest
class ComplaintAcknowledgementTests {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	@Autowired
	ComplaintService complaints;

	@Autowired
	ClientService clients;

	@Autowired
	SlaClocks clocks;

	@Test
	void aDeadlineLateInTheUtcEveningIsTheNextDayInWarsaw() {
		Instant due = Instant.parse("2026-11-24T23:30:00Z");
		assertThat(new ResolutionDeadline(due, WARSAW).format(Locale.ENGLISH)).contains("November 25, 2026")
			.contains("12:30")
			.endsWith("(Europe/Warsaw)")
			.doesNotContain("24");
		assertThat(new ResolutionDeadline(due, WARSAW).format(Locale.forLanguageTag("pl")))
			.contains("25 listopada 2026")
			.contains("00:30");
		assertThat(new ResolutionDeadline(due, WARSAW).format(Locale.GERMAN)).contains("25. November 2026")
			.contains("00:30");
		assertThat(new ResolutionDeadline(due, WARSAW).format(Locale.forLanguageTag("et"))).contains("25.")
			.contains("2026")
			.contains("00:30");
		assertThat(new ResolutionDeadline(due, WARSAW).format(Locale.forLanguageTag("lv"))).contains("25.")
			.contains("2026")
			.contains("00:30");
	}

	@Test
	void theAcknowledgementTemplateNamesTheDeadlineInTheClientsLanguageAndTheCalendarsZone() {
		Viewer agent = complaints.viewer("agent");
		ClientDetails client = clients.register(new ClientData(ClientKind.INDIVIDUAL, "Frieda Frist", null, null,
				Email.ofNullable("frist." + ClientMother.unique() + "@example.com"), null, PostalAddress.NONE,
				SupportedLanguage.DE, ContactChannel.EMAIL, Segment.STANDARD, Set.of(), false, null), "agent");
		ComplaintDetails complaint = complaints.register(new NewComplaint(client.number(), CaseChannel.EMAIL,
				"Kaputter Wasserkocher", "Er ist kaputt.", null, Severity.MINOR, null, null, null, null, null, true),
				agent);
		Instant due = clocks.view(CaseKind.COMPLAINT, complaint.reference()).orElseThrow().resolutionDueAt();

		String template = complaints.acknowledgementTemplate(complaint.reference(), agent);

		assertThat(template).startsWith("Guten Tag Frieda Frist")
			.contains(complaint.reference())
			.contains(new ResolutionDeadline(due, WARSAW).format(Locale.GERMAN));
	}

}
