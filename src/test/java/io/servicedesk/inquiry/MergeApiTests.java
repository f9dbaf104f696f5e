package io.servicedesk.inquiry;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.shared.Priority;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The merges in the API: {@code POST /api/v1/inquiries/{ref}/merge} and {@code POST
 * /api/v1/clients/{number}/merge} answer the survivor; refusals are problems (400, 403,
 * 409, 422), never a 5xx.
 */
@IntegrationTest
class MergeApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ClientService clients;

	@Test
	void anInquiryIsMergedByTheApi() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Api Twice");
		String survivor = inquiry(client, "agent", "First");
		String merged = inquiry(client, "agent", "Second");
		String otherTeams = inquiry(client, "agent2", "Other team's");

		mvc.perform(post("/api/v1/inquiries/" + merged + "/merge").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"into\": \"" + survivor + "\", \"version\": 999999}")).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/inquiries/" + merged + "/merge").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"into\": \"" + otherTeams + "\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/inquiries/" + merged + "/merge").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/inquiries/" + merged + "/merge").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"into\": \"INQ-000000000\"}")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/inquiries/" + merged + "/merge").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"into\": \"" + survivor + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reference").value(survivor));
		mvc.perform(get("/api/v1/inquiries/" + merged).with(httpBasic("agent", "demo")))
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.mergedInto").value(survivor));
		mvc.perform(post("/api/v1/inquiries/" + merged + "/merge").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"into\": \"" + survivor + "\"}")).andExpect(status().isConflict());
	}

	@Test
	void aClientIsMergedByTheApiBySupervisorsOnly() throws Exception {
		ClientDetails survivor = ClientMother.individual(clients, "Api Client Survivor");
		ClientDetails merged = ClientMother.individual(clients, "Api Client Merged");

		mvc.perform(post("/api/v1/clients/" + merged.number() + "/merge").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"into\": \"" + survivor.number() + "\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/clients/" + merged.number() + "/merge").with(httpBasic("supervisor", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"into\": \"nobody@example.com\"}")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/clients/" + merged.number() + "/merge").with(httpBasic("supervisor", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"into\": \"" + merged.number() + "\"}")).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/clients/" + merged.number() + "/merge").with(httpBasic("supervisor", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"into\": \"" + survivor.email() + "\", \"version\": " + (merged.version() + 3) + "}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/clients/" + merged.number() + "/merge").with(httpBasic("supervisor", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"into\": \"" + survivor.email() + "\", \"version\": " + merged.version() + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(survivor.number()))
			.andExpect(jsonPath("$.otherEmails[0]").value(merged.email()));
		mvc.perform(get("/api/v1/clients/" + merged.number()).with(httpBasic("agent", "demo")))
			.andExpect(jsonPath("$.mergedInto").value(survivor.number()));
		// nothing new is attached to the merged client: its accounts and orders are the
		// survivor's
		mvc.perform(post("/api/v1/clients/" + merged.number() + "/accounts").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"PREMIUM\", \"currency\": \"EUR\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(survivor.number())));
	}

	private String inquiry(ClientDetails client, String username, String subject) {
		return inquiries
			.create(new NewInquiry(client.number(), null, CaseChannel.PHONE, subject, "Words of " + subject,
					Priority.NORMAL, null, null, null, true), inquiries.viewer(username))
			.reference();
	}

}
