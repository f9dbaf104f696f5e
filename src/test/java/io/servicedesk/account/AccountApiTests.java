package io.servicedesk.account;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccountApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ClientService clients;

	@Autowired
	AuditLog auditLog;

	@Test
	void anAccountOpensPendingAndActivatesOnlyWithTheWholeChecklist() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Marta Zielińska");
		String location = mvc
			.perform(post("/api/v1/clients/" + client.number() + "/accounts").with(httpBasic("agent", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\": \"PREMIUM\", \"currency\": \"pln\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(".*/api/v1/accounts/A-\\d{6,}")))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.currency").value("PLN"))
			.andExpect(jsonPath("$.clientNumber").value(client.number()))
			.andExpect(jsonPath("$.checklist[*].item").value(hasItem("IDENTITY_VERIFIED")))
			.andExpect(jsonPath("$.checklist[0].done").value(false))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		String number = location.substring(location.lastIndexOf('/') + 1);

		mvc.perform(post("/api/v1/accounts/" + number + "/activate").with(httpBasic("agent", "demo")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail")
				.value("Account " + number + " cannot be activated before every checklist item is ticked."));

		for (String item : new String[] { "IDENTITY_VERIFIED", "CONTRACT_SIGNED", "INITIAL_DEPOSIT_RECEIVED" }) {
			mvc.perform(post("/api/v1/accounts/" + number + "/checklist").with(httpBasic("agent", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"item\": \"" + item + "\", \"done\": true}")).andExpect(status().isOk());
		}
		mvc.perform(post("/api/v1/accounts/" + number + "/activate").with(httpBasic("agent", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.checklist[0].doneBy").value("agent"));

		mvc.perform(post("/api/v1/accounts/" + number + "/suspend").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/accounts/" + number + "/close").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Client request\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.closedOn").isNotEmpty());
		mvc.perform(post("/api/v1/accounts/" + number + "/close").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Again\"}")).andExpect(status().isConflict());

		assertThat(auditLog.latestFor(number)).extracting(entry -> entry.getAction())
			.contains("account.opened", "account.activated", "account.closed");
	}

	@Test
	void unknownTypeOrCurrencyAnswers400AndUnknownNumbers404() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Uldis Kalniņš");
		mvc.perform(post("/api/v1/clients/" + client.number() + "/accounts").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"GOLDEN\", \"currency\": \"XYZ1\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("type")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("currency")));
		mvc.perform(post("/api/v1/clients/C-999999998/accounts").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\": \"STANDARD\", \"currency\": \"EUR\"}")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/accounts/A-999999999").with(httpBasic("agent", "demo")))
			.andExpect(status().isNotFound());
	}

}
