package io.servicedesk.complaint;

import java.time.Instant;
import java.util.Set;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.Viewer;
import io.servicedesk.client.ClientData;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientKind;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.client.Email;
import io.servicedesk.client.PostalAddress;
import io.servicedesk.client.Segment;
import io.servicedesk.client.ClientService;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.shared.Money;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The complaint pages: the queue with its summary for supervisors and without it for
 * agents, the htmx fragment, the complaint page offering only the legal steps, refusals
 * as 409/422 pages, registration and escalation.
 */
@IntegrationTest
class ComplaintPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ComplaintService complaints;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ClientService clients;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails("supervisor")
	void theSupervisorSeesTheSummaryTheViewsAndTheBulkReassignment() throws Exception {
		register(complaints.viewer("agent"));
		mvc.perform(get("/complaints"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"complaint-summary\"")))
			.andExpect(content().string(containsString("/dist/chart.umd-")))
			.andExpect(content().string(containsString("id=\"tab-needs_review\"")))
			.andExpect(content().string(containsString("id=\"bulk-reassign\"")));
		mvc.perform(get("/complaints?view=needs-review").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"complaint-results\"")))
			.andExpect(content().string(not(containsString("complaint-summary"))));
		mvc.perform(get("/complaints/summary"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openBySeverity.MINOR").isNumber())
			.andExpect(jsonPath("$.openByAge['0-7']").isNumber());
		mvc.perform(get("/webjars/chart.js/dist/chart.umd.js")).andExpect(status().isOk());
	}

	@Test
	@WithUserDetails("agent")
	void anAgentGetsTheQueueWithoutSummaryOrReviewAndNoOtherTeamsComplaint() throws Exception {
		register(complaints.viewer("agent"));
		String otherTeams = register(complaints.viewer("agent2"));
		mvc.perform(get("/complaints"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"complaint-summary\""))))
			.andExpect(content().string(not(containsString("id=\"bulk-reassign\""))))
			.andExpect(content().string(not(containsString(otherTeams))));
		mvc.perform(get("/complaints/" + otherTeams)).andExpect(status().isForbidden());
		mvc.perform(get("/complaints/summary")).andExpect(status().isForbidden());
		mvc.perform(get("/complaints?view=nonsense")).andExpect(status().isBadRequest());
	}

	@Test
	@WithUserDetails("agent")
	void theComplaintPageOffersTheAcknowledgementInTheClientsLanguageAndRefusesIllegalSteps() throws Exception {
		String reference = register(complaints.viewer("agent"));
		mvc.perform(get("/complaints/" + reference))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"acknowledge-form\"")))
			.andExpect(content().string(containsString("Wir haben sie unter dem Zeichen " + reference)))
			.andExpect(content().string(not(containsString("id=\"propose-form\""))))
			.andExpect(content().string(not(containsString("id=\"review-form\""))));
		mvc.perform(post("/complaints/" + reference + "/close").with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"refusal\"")));
		mvc.perform(post("/complaints/" + reference + "/acknowledge").with(csrf())
			.param("message", "Dear client, " + reference + " is registered.")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/complaints/" + reference))
			.andExpect(content().string(containsString("id=\"forward-form\"")))
			.andExpect(content().string(containsString("id=\"propose-form\"")))
			.andExpect(content().string(not(containsString("id=\"acknowledge-form\""))));
		mvc.perform(post("/complaints/" + reference + "/propose-resolution").with(csrf())
			.param("outcome", "UPHELD")
			.param("remedy", "REFUND")
			.param("amount", "999.00")
			.param("currency", "EUR")
			.param("rootCause", "late-delivery")
			.param("message", "Full refund <b>now</b>"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Full refund &lt;b&gt;now&lt;/b&gt;")));
	}

	@Test
	@WithUserDetails("agent")
	void aComplaintIsRegisteredOnTheNewPageWithFieldMessagesOnBadInput() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Page Complainant");
		mvc.perform(get("/complaints/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"complaint-form\"")));
		mvc.perform(post("/complaints/new").with(csrf()).param("clientNumber", client.number()).param("subject", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(post("/complaints/new").with(csrf())
			.param("clientNumber", "C-999999999")
			.param("subject", "s")
			.param("body", "b")
			.param("channel", "PHONE")
			.param("severity", "MINOR")
			.param("currency", "EUR")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/complaints/new").with(csrf())
			.param("clientNumber", client.number())
			.param("subject", "Rude driver")
			.param("body", "The driver shouted at me.")
			.param("channel", "PHONE")
			.param("severity", "MAJOR")
			.param("category", "service-quality")
			.param("amountClaimed", "20.00")
			.param("currency", "EUR"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/complaints/CMP-*"));
	}

	@Test
	@WithUserDetails("agent")
	void theInquiryPageEscalatesIntoAComplaintThatShowsTheConversation() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Page Escalation");
		Viewer agent = complaints.viewer("agent");
		String inquiry = inquiries
			.create(new NewInquiry(client.number(), null, CaseChannel.CHAT, "Broken lamp",
					"The lamp arrived in pieces.", null, null, null, null, true), agent)
			.reference();
		mvc.perform(get("/inquiries/" + inquiry)).andExpect(content().string(containsString("id=\"escalate-form\"")));
		String location = mvc
			.perform(post("/inquiries/" + inquiry + "/escalate").with(csrf())
				.param("reason", "The client insists on a formal complaint.")
				.param("severity", "MAJOR"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/complaints/CMP-*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location))
			.andExpect(content().string(containsString("id=\"inquiry-conversation\"")))
			.andExpect(content().string(containsString("The lamp arrived in pieces.")))
			.andExpect(content().string(containsString(inquiry)));
		mvc.perform(post("/inquiries/" + inquiry + "/escalate").with(csrf()).param("reason", "again"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/inquiries/INQ-*"));
	}

	@Test
	@WithUserDetails("agent")
	void theComplaintPageShowsTheSurveyAsTheInquiryPageDoes() throws Exception {
		String reference = register(complaints.viewer("agent"));
		jdbc.sql("insert into case_entry (case_id, kind, detail, actor, occurred_at) "
				+ "select id, 'SURVEY_SENT', '/survey/page-test-token', 'system', now() from case_file "
				+ "where reference = :reference")
			.param("reference", reference)
			.update();
		jdbc.sql("insert into case_entry (case_id, kind, body, detail, actor, occurred_at) "
				+ "select id, 'SURVEY_ANSWERED', 'Quick and kind', '4', 'client', now() from case_file "
				+ "where reference = :reference")
			.param("reference", reference)
			.update();
		mvc.perform(get("/complaints/" + reference).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/survey/page-test-token\"")))
			.andExpect(content().string(containsString("Rating 4 of 5")))
			.andExpect(content().string(not(containsString("fw-semibold\">/survey/page-test-token"))));
	}

	@Test
	@WithUserDetails("supervisor")
	void bulkReassignmentLeavesItsResultsInAFlashTheSessionStoreCanKeep() throws Exception {
		String reference = register(complaints.viewer("agent"));
		mvc.perform(post("/complaints/reassign").with(csrf())
			.param("selected", reference)
			.param("team", "Billing")
			.param("back", "/complaints?view=open"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/complaints?view=open"));
		org.assertj.core.api.Assertions.assertThat(complaints.get(reference, complaints.viewer("supervisor")).team())
			.isEqualTo("Billing");
	}

	private String register(Viewer viewer) {
		ClientDetails client = clients.register(new ClientData(ClientKind.INDIVIDUAL, "Seite Kunde", null, null,
				Email.ofNullable("kunde." + ClientMother.unique() + "@example.com"), null, PostalAddress.NONE,
				SupportedLanguage.DE, ContactChannel.EMAIL, Segment.STANDARD, Set.of(), false, null), "agent");
		return complaints.register(
				new NewComplaint(client.number(), CaseChannel.EMAIL, "Late parcel " + Instant.now(), "It came late.",
						null, Severity.MINOR, "late-delivery", null, null, Money.of("40.00", "EUR"), null, true),
				viewer)
			.reference();
	}

}
