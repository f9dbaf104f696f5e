package io.servicedesk.inquiry;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.Visibility;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The merge of an inquiry from its page: the form lists the client's other open
 * inquiries, a merge leads to the survivor, both pages link to each other (links, not
 * markers), and each refusal shows the page again with the reason and its status: 409,
 * 422 or 403, never a 5xx.
 */
@IntegrationTest
@WithUserDetails("agent")
class InquiryMergePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InquiryService inquiries;

	@Autowired
	InquiryMerge merges;

	@Autowired
	ClientService clients;

	@Test
	void anAgentMergesFromThePageAndBothPagesLinkToEachOther() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Page Twice");
		String survivor = inquiry(client, "agent", "First mail");
		String merged = inquiry(client, "agent", "Second mail");
		mvc.perform(get("/inquiries/" + merged))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"merge-form\"")))
			.andExpect(content().string(matchesPattern(
					"(?s).*<option value=\"" + survivor + "\">" + survivor + " · First mail</option>.*")));

		mvc.perform(post("/inquiries/" + merged + "/merge").with(csrf())
			.param("target", survivor)
			.param("version", Long.toString(inquiries.get(merged, inquiries.viewer("agent")).version())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/inquiries/" + survivor));

		String survivorPage = mvc.perform(get("/inquiries/" + survivor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(survivorPage).contains("id=\"merged-from\"")
			.contains("href=\"/inquiries/" + merged + "\"")
			.contains("took over the messages of")
			.contains("Words of Second mail")
			.doesNotContain(">merged-from:");
		String mergedPage = mvc.perform(get("/inquiries/" + merged))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"merge-form\""))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mergedPage).contains("id=\"merged-into\"")
			.contains("href=\"/inquiries/" + survivor + "\"")
			.doesNotContain(">merged-into:");
	}

	@Test
	void aTypedReferenceWinsOverThePickedOne() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Typed Twice");
		String picked = inquiry(client, "agent", "Picked");
		String typed = inquiry(client, "agent", "Typed");
		String merged = inquiry(client, "agent", "Merged");
		mvc.perform(post("/inquiries/" + merged + "/merge").with(csrf())
			.param("target", picked)
			.param("typed", " " + typed.toLowerCase() + " ")).andExpect(redirectedUrl("/inquiries/" + typed));
	}

	@Test
	void refusalsShowThePageAgainWithTheReasonAndTheirStatus() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Refused Page");
		String first = inquiry(client, "agent", "First");
		String second = inquiry(client, "agent", "Second");
		String others = inquiry(ClientMother.individual(clients, "Someone Else"), "agent", "Other's");
		String otherTeams = inquiry(client, "agent2", "Other team's");

		mvc.perform(post("/inquiries/" + second + "/merge").with(csrf()).param("target", second))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("cannot be merged into itself")));
		mvc.perform(post("/inquiries/" + second + "/merge").with(csrf()).param("target", others))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("inquiries of different clients")));
		mvc.perform(post("/inquiries/" + second + "/merge").with(csrf()).param("typed", "INQ-<b>"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("There is no inquiry INQ-&lt;b&gt;")));
		mvc.perform(post("/inquiries/" + second + "/merge").with(csrf())).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/inquiries/" + second + "/merge").with(csrf()).param("target", otherTeams))
			.andExpect(status().isForbidden());
		long seen = inquiries.get(second, inquiries.viewer("agent")).version();
		inquiries.addMessage(second, inquiries.viewer("supervisor"), "Meanwhile", Visibility.INTERNAL, null);
		mvc.perform(post("/inquiries/" + second + "/merge").with(csrf())
			.param("target", first)
			.param("version", Long.toString(seen)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"reload\"")));
		merges.merge(first, second, inquiries.viewer("agent"), null);
		mvc.perform(post("/inquiries/" + first + "/merge").with(csrf()).param("target", second))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("was merged into " + second + " already")));
		mvc.perform(post("/inquiries/" + second + "/merge").with(csrf()).param("target", first))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString(first + " is closed")));
		assertThat(inquiries.get(second, inquiries.viewer("agent")).status()).isNotEqualTo(InquiryStatus.CLOSED);
	}

	private String inquiry(ClientDetails client, String username, String subject) {
		return inquiries
			.create(new NewInquiry(client.number(), null, CaseChannel.PHONE, subject, "Words of " + subject,
					Priority.NORMAL, null, null, null, true), inquiries.viewer(username))
			.reference();
	}

}
