package io.servicedesk.security;

import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API answers with JSON and problem bodies, never with a redirect to the sign-in
 * page.
 */
@IntegrationTest
class ApiSecurityTests {

	@Autowired
	MockMvc mvc;

	@Test
	void meReturnsTheSignedInStaffMember() throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic("agent", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("agent"))
			.andExpect(jsonPath("$.displayName").value("Anna Kowalska"))
			.andExpect(jsonPath("$.role").value("AGENT"))
			.andExpect(jsonPath("$.team").value("Front Desk"))
			.andExpect(jsonPath("$.locale").value("en"));
	}

	@Test
	void withoutCredentialsTheApiAnswers401AsAProblem() throws Exception {
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Authentication required"))
			.andExpect(jsonPath("$.instance").value("/api/v1/me"));
	}

	@Test
	void wrongCredentialsAnswer401AsAProblem() throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic("agent", "not-demo")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void problemsAreTranslatedForTheRequestedLanguage() throws Exception {
		mvc.perform(get("/api/v1/me").header("Accept-Language", "pl"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("Wymagane uwierzytelnienie"));
	}

	@Test
	void anAgentCallingAnAdminEndpointGets403AsAProblem() throws Exception {
		mvc.perform(get("/api/v1/staff").with(httpBasic("agent", "demo")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
	}

	@Test
	void theApiNeedsNoCsrfToken() throws Exception {
		mvc.perform(post("/api/v1/me").with(httpBasic("agent", "demo"))).andExpect(status().isMethodNotAllowed());
	}

	@Test
	void anUnknownApiAddressAnswers404() throws Exception {
		mvc.perform(get("/api/v1/nothing-here").with(httpBasic("agent", "demo"))).andExpect(status().isNotFound());
	}

	@Test
	void healthIsPublicAndIncludesTheDatabaseForStaff() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health").with(httpBasic("agent", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"));
	}

	@Test
	void metricsAreForSignedInAdministrators() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
		mvc.perform(get("/actuator/info").with(httpBasic("admin", "demo"))).andExpect(status().isOk());
	}

}
