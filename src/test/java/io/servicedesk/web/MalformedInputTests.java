package io.servicedesk.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.HttpSession;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Control characters and holes in lists are refused with 400 naming the field, wherever
 * they come in: the sign-in form, HTTP Basic, query parameters, page forms and every
 * string of a JSON body.
 */
@IntegrationTest
class MalformedInputTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ClientService clients;

	@Test
	void aSignInWithANulInTheUsernameIsABadRequestWithATranslatedPage() {
		HttpSession browser = new HttpSession(port);
		String token = HttpSession.csrfToken(browser.get("/login").body());

		HttpResponse<String> answer = browser.postForm("/login", "username", "a\u0000b", "password", "x", "_csrf",
				token);

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("The field “username” contains characters that are not allowed");
	}

	@Test
	void httpBasicWithAControlCharacterInTheUsernameIsAProblemNamingIt() throws Exception {
		String credentials = Base64.getEncoder().encodeToString("a\u0000b:demo".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
				.header("Authorization", "Basic " + credentials)
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		assertThat(answer.body()).contains("\"field\":\"username\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/clients?q=a%00b", "/api/v1/inquiries?q=a%00b", "/api/v1/complaints?team=a%00b",
			"/api/v1/reports/kpis?agent=%1b", "/api/v1/inquiries?category=x%00", "/api/v1/complaints?assignee=%00",
			"/api/v1/clients?after=%00" })
	void aControlCharacterInAQueryParameterIsAProblemNamingIt(String uri) throws Exception {
		String parameter = uri.substring(uri.indexOf('?') + 1, uri.indexOf('='));
		mvc.perform(get(URI.create(uri)).with(httpBasic("supervisor", "demo")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value(parameter))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("not allowed")));
	}

	@Test
	void aControlCharacterInAJsonStringIsAProblemNamingTheField() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Ivo Linna");
		mvc.perform(patch("/api/v1/clients/" + client.number()).with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Ivo\\u0000Linna\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));

		mvc.perform(post("/api/v1/orders").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"clientNumber": "%s", "channel": "PHONE", "currency": "EUR",
					 "lines": [{"sku": "K-1", "description": "Ket\\u001btle", "quantity": 1, "unitPrice": "1.00"}]}"""
				.formatted(client.number())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lines[0].description"));
	}

	@Test
	void aControlCharacterInAPageFormIsABadRequestNamingTheField() {
		HttpSession browser = new HttpSession(port);
		browser.signIn("agent", "demo");
		String token = HttpSession.csrfToken(browser.get("/clients/new").body());

		HttpResponse<String> answer = browser.postForm("/clients", "_csrf", token, "kind", "INDIVIDUAL", "name",
				"Nul\u0000Person", "preferredLanguage", "en");

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("The field “name” contains characters that are not allowed")
			.contains("id=\"main-navigation\"");
	}

	@Test
	void aNullInsideAJsonListIsAProblemNamingTheElement() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Mari Kask");
		mvc.perform(post("/api/v1/orders").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"clientNumber\": \"%s\", \"channel\": \"PHONE\", \"currency\": \"EUR\", \"lines\": [null]}"
				.formatted(client.number())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lines[0]"));

		mvc.perform(post("/api/v1/complaints/reassign").with(httpBasic("supervisor", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"complaints\": [null], \"team\": \"Billing\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("complaints[0]"));

		mvc.perform(patch("/api/v1/clients/" + client.number()).with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"tags\": [\"vip\", null]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("tags[1]"));
	}

	@Test
	void aBodyThatIsNotJsonIsAProblemSayingSo() throws Exception {
		mvc.perform(post("/api/v1/orders").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"clientNumber\": "))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The request body is not valid JSON."));
	}

}
