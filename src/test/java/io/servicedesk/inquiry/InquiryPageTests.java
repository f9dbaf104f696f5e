package io.servicedesk.inquiry;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.CasePresence;
import io.servicedesk.casework.Visibility;
import io.servicedesk.catalogue.CannedResponseView;
import io.servicedesk.catalogue.CannedResponses;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.shared.Priority;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inquiry pages: intake, the queue with its htmx variant, the inquiry page with its
 * actions, refusals that keep the typed text, the object-level check.
 */
@IntegrationTest
@WithUserDetails("agent")
class InquiryPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ClientService clients;

	@Autowired
	CannedResponses cannedResponses;

	@Autowired
	CasePresence presence;

	@Test
	void anAgentRecordsAPhoneInquiryAndLandsOnItsPage() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Intake Client");
		mvc.perform(get("/inquiries/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"intake-form\"")));
		String location = mvc
			.perform(post("/inquiries").with(csrf())
				.param("clientNumber", client.number())
				.param("channel", "PHONE")
				.param("subject", "Card <b>blocked</b>")
				.param("body", "My card was blocked after three attempts."))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/inquiries/INQ-*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Card &lt;b&gt;blocked&lt;/b&gt;")))
			.andExpect(content().string(containsString("My card was blocked after three attempts.")))
			.andExpect(content().string(containsString(client.name())));
	}

	@Test
	void intakeWithoutSubjectOrClientShowsTheFormAgainWithMessages() throws Exception {
		mvc.perform(post("/inquiries").with(csrf()).param("channel", "PHONE").param("body", "Words kept"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"clientNumber-error\"")))
			.andExpect(content().string(containsString("Words kept")))
			.andExpect(content().string(containsString("is-invalid")));
	}

	@Test
	void intakeRefusesANewClientWithAnInvalidEmailOnTheForm() throws Exception {
		mvc.perform(post("/inquiries").with(csrf())
			.param("newClientName", "Bad Address")
			.param("newClientEmail", "not-an-address")
			.param("channel", "EMAIL")
			.param("subject", "Hello")
			.param("body", "Typed words"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"newClientEmail-error\"")))
			.andExpect(content().string(containsString("Typed words")));
	}

	@Test
	void intakeCreatesANewClientInline() throws Exception {
		String email = "inline." + ClientMother.unique() + "@example.com";
		mvc.perform(post("/inquiries").with(csrf())
			.param("newClientName", "Inline Person")
			.param("newClientEmail", email)
			.param("newClientLanguage", "lv")
			.param("channel", "IN_PERSON")
			.param("subject", "Visit")
			.param("body", "Came to the office")).andExpect(status().is3xxRedirection());
		assertThat(clients.likelyDuplicates(new io.servicedesk.client.Email(email), null, null)).hasSize(1);
	}

	@Test
	void theQueueAndItsHtmxVariantShowTheTabsAndRows() throws Exception {
		String reference = create("agent", "Queue page row", true);
		// newest first: the agent has more inquiries of their own than a page holds by
		// then
		mvc.perform(get("/inquiries?view=mine&sort=created"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"queue-tabs\"")))
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(not(containsString("id=\"tab-all\""))));
		mvc.perform(get("/inquiries?view=mine&q=" + reference).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(reference)))
			.andExpect(content().string(not(containsString("<nav"))));
		mvc.perform(get("/inquiries?view=nonsense")).andExpect(status().isBadRequest());
	}

	@Test
	void anAgentOpeningAnotherTeamsInquiryGets403() throws Exception {
		String reference = create("agent2", "Another team's", false);
		mvc.perform(get("/inquiries/" + reference)).andExpect(status().isForbidden());
	}

	@Test
	void aStaleSaveIsRefusedWithWhoChangedItAndTheTypedTextIsKept() throws Exception {
		String reference = create("agent", "Two agents", true);
		long seen = inquiries.get(reference, inquiries.viewer("agent")).version();
		inquiries.addMessage(reference, inquiries.viewer("supervisor"), "Supervisor was faster", Visibility.PUBLIC,
				seen);
		mvc.perform(post("/inquiries/" + reference + "/messages").with(csrf())
			.param("visibility", "PUBLIC")
			.param("version", Long.toString(seen))
			.param("body", "My carefully typed reply"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Changed by")))
			.andExpect(content().string(containsString("Supervisor")))
			.andExpect(content().string(containsString("My carefully typed reply")));
	}

	@Test
	void aForcedIllegalStatusIsRefusedOnThePageAndOnlyLegalStepsAreOffered() throws Exception {
		String reference = create("agent", "Illegal step", true);
		mvc.perform(get("/inquiries/" + reference))
			.andExpect(content().string(containsString("id=\"status-OPEN\"")))
			.andExpect(content().string(not(containsString("id=\"status-CLOSED\""))));
		mvc.perform(post("/inquiries/" + reference + "/status").with(csrf()).param("status", "CLOSED"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"refusal\"")));
	}

	@Test
	void aCannedResponseIsInsertedWithItsPlaceholdersFilled() throws Exception {
		String reference = create("agent", "Canned", true);
		InquiryDetails inquiry = inquiries.get(reference, inquiries.viewer("agent"));
		CannedResponseView canned = cannedResponses.active(clients.get(inquiry.client().number()).preferredLanguage())
			.stream()
			.filter(response -> response.body().contains("{{"))
			.findFirst()
			.orElseThrow();
		mvc.perform(get("/inquiries/" + reference + "/canned").header("HX-Request", "true")
			.param("cannedId", Long.toString(canned.id()))
			.param("body", "Typed first."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Typed first.")))
			.andExpect(content().string(not(containsString("{{"))));
	}

	@Test
	void thePageShowsWhoElseHasTheInquiryOpen() throws Exception {
		String reference = create("agent", "Presence", true);
		InquiryDetails inquiry = inquiries.get(reference, inquiries.viewer("agent"));
		presence.here(inquiry.id(), inquiries.viewer("supervisor"));
		mvc.perform(post("/inquiries/" + reference + "/presence").with(csrf()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*id=\"also-viewing\".*")));
	}

	private String create(String username, String subject, boolean mine) {
		return inquiries
			.create(new NewInquiry(ClientMother.individual(clients, "Page Client").number(), null, CaseChannel.PHONE,
					subject, "Words of " + subject, Priority.NORMAL, null, null, null, mine),
					inquiries.viewer(username))
			.reference();
	}

}
