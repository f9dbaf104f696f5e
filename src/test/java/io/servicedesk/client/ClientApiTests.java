package io.servicedesk.client;

import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ClientApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ClientService clients;

	@Test
	void creatingAClientAnswers201WithLocationAndNormalisedPhone() throws Exception {
		String email = "api." + ClientMother.unique() + "@example.com";
		mvc.perform(post("/api/v1/clients").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "INDIVIDUAL", "name": "Kārlis Bērziņš", "email": "%s", "phone": "0049 30 1234567%s",
					 "preferredLanguage": "lv", "segment": "VIP"}""".formatted(email, ClientMother.unique().length())))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(".*/api/v1/clients/C-\\d{6,}")))
			.andExpect(jsonPath("$.number").value(matchesPattern("C-\\d{6,}")))
			.andExpect(jsonPath("$.phone").value(matchesPattern("\\+49301234567\\d")))
			.andExpect(jsonPath("$.segment").value("VIP"))
			.andExpect(jsonPath("$.email").value(email));
	}

	@Test
	void invalidFieldsAnswer400ListingEachField() throws Exception {
		mvc.perform(post("/api/v1/clients").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "COMPANY", "email": "not-an-address", "phone": "12", "preferredLanguage": "fr"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("email")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("phone")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("companyName")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("preferredLanguage")))
			.andExpect(
					jsonPath("$.errors[?(@.field == 'email')].message").value("This is not a valid e-mail address."));
	}

	@Test
	void missingKindAnswers400() throws Exception {
		mvc.perform(post("/api/v1/clients").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Somebody\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("preferredLanguage")));
	}

	@Test
	void unknownClientAnswers404() throws Exception {
		mvc.perform(get("/api/v1/clients/C-999999999").with(httpBasic("agent", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void patchChangesOnlyTheGivenFields() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Piotr Nowak");
		mvc.perform(patch("/api/v1/clients/" + client.number()).with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"segment\": \"PRIORITY\", \"marketingConsent\": true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.segment").value("PRIORITY"))
			.andExpect(jsonPath("$.name").value("Piotr Nowak"))
			.andExpect(jsonPath("$.email").value(client.email()))
			.andExpect(jsonPath("$.marketingConsent").value(true))
			.andExpect(jsonPath("$.consentChangedAt").isNotEmpty());

		mvc.perform(patch("/api/v1/clients/" + client.number()).with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"broken\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
	}

	@Test
	void onlyAnAdminMayEraseAndErasureAnonymisesForGood() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Erika Mustermann");
		mvc.perform(post("/api/v1/clients/" + client.number() + "/erase").with(httpBasic("agent", "demo")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/clients/" + client.number() + "/erase").with(httpBasic("supervisor", "demo")))
			.andExpect(status().isForbidden());

		mvc.perform(post("/api/v1/clients/" + client.number() + "/erase").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(client.number()))
			.andExpect(jsonPath("$.erased").value(true))
			.andExpect(jsonPath("$.email").doesNotExist())
			.andExpect(jsonPath("$.phone").doesNotExist());
		mvc.perform(post("/api/v1/clients/" + client.number() + "/erase").with(httpBasic("admin", "demo")))
			.andExpect(status().isConflict());
		mvc.perform(patch("/api/v1/clients/" + client.number()).with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"segment\": \"VIP\"}")).andExpect(status().isConflict());
	}

}
