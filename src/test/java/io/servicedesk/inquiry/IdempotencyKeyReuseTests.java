package io.servicedesk.inquiry;

import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An {@code Idempotency-Key} stands for one request: the same request again is answered
 * with the inquiry created first, a different one with 422.
 */
@IntegrationTest
class IdempotencyKeyReuseTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ClientService clients;

	@Test
	void theSameKeyWithADifferentBodyIsRefused() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Idempotent Client");
		String key = "reuse-" + System.nanoTime();
		String first = "{\"clientNumber\": \"%s\", \"channel\": \"PHONE\", \"subject\": \"Card\", \"body\": \"Lost it\"}"
			.formatted(client.number());
		String other = first.replace("Lost it", "Found it again");

		mvc.perform(post("/api/v1/inquiries").with(httpBasic("agent", "demo"))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(first)).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/inquiries").with(httpBasic("agent", "demo"))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(first)).andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "true"));
		mvc.perform(post("/api/v1/inquiries").with(httpBasic("agent", "demo"))
			.header("Idempotency-Key", key)
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(other))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("already used for a different request")));
	}

}
