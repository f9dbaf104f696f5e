package io.servicedesk.client;

import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two integrations editing one client never silently overwrite each other: a change based
 * on an older {@code version} is refused with 409, one whose {@code If-Match} names an
 * older entity tag with 412; reads carry the entity tag.
 */
@IntegrationTest
class ClientVersionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ClientService clients;

	@Test
	void aPatchBasedOnAnOlderVersionIsRefused() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Versioned Client");
		String path = "/api/v1/clients/" + client.number();
		mvc.perform(get(path).with(httpBasic("agent", "demo")))
			.andExpect(header().string("ETag", "W/\"" + client.version() + "\""));

		mvc.perform(patch(path).with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"city\": \"Tartu\", \"version\": " + client.version() + "}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "W/\"" + (client.version() + 1) + "\""));

		mvc.perform(patch(path).with(httpBasic("agent2", "demo"))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"city\": \"Pärnu\", \"version\": " + client.version() + "}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(client.number())));
		mvc.perform(patch(path).with(httpBasic("agent2", "demo"))
			.header("If-Match", "W/\"" + client.version() + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"city\": \"Pärnu\"}")).andExpect(status().isPreconditionFailed());
		mvc.perform(patch(path).with(httpBasic("agent2", "demo"))
			.header("If-Match", "W/\"" + (client.version() + 1) + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"city\": \"Pärnu\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.address.city").value("Pärnu"));
		mvc.perform(patch(path).with(httpBasic("agent2", "demo"))
			.header("If-Match", "yesterday")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"city\": \"Valga\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("If-Match"));
	}

}
