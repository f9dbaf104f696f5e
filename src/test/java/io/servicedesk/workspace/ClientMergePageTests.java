package io.servicedesk.workspace;

import io.servicedesk.account.AccountService;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The merge of duplicate clients from the 360° page and from the duplicate warning:
 * supervisors and administrators only, the survivor's page follows, the merged client's
 * old address leads there, and refusals show the page again with the reason (409, 422),
 * never a 5xx.
 */
@IntegrationTest
@WithUserDetails("supervisor")
class ClientMergePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ClientService clients;

	@Autowired
	AccountService accounts;

	@Test
	void aSupervisorMergesFromThe360PageAndTheOldAddressLeadsToTheSurvivor() throws Exception {
		ClientDetails survivor = ClientMother.individual(clients, "Merge Page Survivor");
		ClientDetails merged = ClientMother.individual(clients, "Merge Page Survivor");
		String account = accounts.open(merged.number(), "STANDARD", "EUR", "agent").number();
		mvc.perform(get("/clients/" + merged.number()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"merge-client-form\"")))
			.andExpect(content().string(containsString("<option value=\"" + survivor.number() + "\"")));

		mvc.perform(post("/clients/" + merged.number() + "/merge").with(csrf())
			.param("target", survivor.email())
			.param("version", Long.toString(clients.get(merged.number()).version())))
			.andExpect(redirectedUrl("/clients/" + survivor.number()))
			.andExpect(flash().attribute("flashSuccess", "client.merged"));

		mvc.perform(get("/clients/" + merged.number()))
			.andExpect(redirectedUrl("/clients/" + survivor.number()))
			.andExpect(flash().attribute("flashSecond", survivor.number()));
		String page = mvc.perform(get("/clients/" + survivor.number()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-account=\"" + account + "\"")
			.contains("id=\"client-other-emails\"")
			.contains(merged.email())
			.contains("href=\"/clients/" + merged.number() + "\"");
	}

	@Test
	@WithUserDetails("agent")
	void anAgentMayNotMergeClients() throws Exception {
		ClientDetails survivor = ClientMother.individual(clients, "Agent Survivor");
		ClientDetails merged = ClientMother.individual(clients, "Agent Merged");
		mvc.perform(get("/clients/" + merged.number()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"merge-client-form\""))));
		mvc.perform(post("/clients/" + merged.number() + "/merge").with(csrf()).param("target", survivor.number()))
			.andExpect(status().isForbidden());
		assertThat(clients.get(merged.number()).merged()).isFalse();
	}

	@Test
	void refusalsShowThePageAgainWithTheReason() throws Exception {
		ClientDetails first = ClientMother.individual(clients, "Refused Page First");
		ClientDetails second = ClientMother.individual(clients, "Refused Page Second");
		ClientDetails third = ClientMother.individual(clients, "Refused Page Third");
		mvc.perform(post("/clients/" + second.number() + "/merge").with(csrf()).param("target", second.number()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"merge-refusal\"")))
			.andExpect(content().string(containsString("cannot be merged into itself")));
		mvc.perform(post("/clients/" + second.number() + "/merge").with(csrf()).param("target", "nobody<b>"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("nobody&lt;b&gt;")));
		mvc.perform(post("/clients/" + second.number() + "/merge").with(csrf()))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(post("/clients/" + second.number() + "/merge").with(csrf())
			.param("target", first.number())
			.param("version", Long.toString(second.version() + 7)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("changed by someone else")));
		clients.merge(third.number(), first.number(), null, "supervisor");
		mvc.perform(post("/clients/" + second.number() + "/merge").with(csrf()).param("target", third.number()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("merge into " + first.number() + " instead")));
		mvc.perform(post("/clients/" + second.number() + "/merge").with(csrf()).param("version", "x"))
			.andExpect(status().is4xxClientError());
		assertThat(clients.get(second.number()).merged()).isFalse();
	}

	@Test
	void theDuplicateWarningOffersTheMerge() throws Exception {
		String email = "dup.warning." + ClientMother.unique() + "@example.com";
		ClientDetails older = ClientMother.individual(clients, "Dup Warning", email, ClientMother.uniquePolishMobile());
		ClientDetails newer = ClientMother.individual(clients, "Dup Warning", email, ClientMother.uniquePolishMobile());
		mvc.perform(post("/clients").with(csrf())
			.param("kind", "INDIVIDUAL")
			.param("segment", "STANDARD")
			.param("name", "Dup Warning")
			.param("email", email)
			.param("preferredLanguage", "pl"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"duplicates\"")))
			.andExpect(content().string(containsString("id=\"merge-" + newer.number() + "\"")))
			.andExpect(content().string(containsString("Merge " + newer.number() + " into " + older.number())));

		mvc.perform(post("/clients/" + newer.number()).with(csrf())
			.param("kind", "INDIVIDUAL")
			.param("segment", "STANDARD")
			.param("name", "Dup Warning")
			.param("email", email)
			.param("preferredLanguage", "pl")
			.param("version", Long.toString(newer.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"merge-into-" + older.number() + "\"")));
	}

}
