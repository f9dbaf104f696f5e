package io.servicedesk.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Walks every operation of the OpenAPI document as an administrator with malformed input
 * — wrong types, control characters, a megabyte string, nulls in lists, impossible dates
 * and enum values, broken JSON, a wrong content type, odd path values — and fails on any
 * answer of 500 or more. Malformed input is the caller's fault and must be answered so.
 */
@IntegrationTest
class ApiFuzzTest {

	private static final String MEGABYTE = "x".repeat(1024 * 1024);

	private static final List<String> PATH_VALUES = List.of("%00", "abc", "-1", "99999999999999999999999",
			"x".repeat(300), "C-999999991", "%E2%80%AE", "'");

	/**
	 * A well-formed reference that names nothing, so that no operation changes demo data.
	 */
	private static final String NOWHERE = "C-999999991";

	private static final List<Object> ONE_FIELD_VALUES = List.of("\u0000", Map.of("nested", true),
			new Object[] { null });

	private static final List<String> QUERY_VALUES = List.of("\u0000", "\u001b[2J", "abc", "-1",
			"99999999999999999999999", "2026-13-45", "x".repeat(5000), "NOT_A_VALUE", "");

	private static final List<String> BROKEN_BODIES = List.of("{", "null", "[null]", "[]", "\"text\"", "{}", "1e400",
			"{\"a\":");

	private static final List<Object> FIELD_VALUES = List.of("\u0000", "\u0007bell", MEGABYTE, Map.of("nested", true),
			new Object[] { null }, -1, "1e400", 1e308, "2026-02-30T25:61:00Z", "NOT_AN_ENUM", true, "");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService staff;

	@Autowired
	JsonMapper json;

	@Test
	void noOperationAnswersMalformedInputWithAServerError() throws Exception {
		UserDetails admin = staff.loadUserByUsername("admin");
		JsonNode api = json.readTree(mvc.perform(get("/v3/api-docs").with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Map.Entry<String, JsonNode> path : fields(api.path("paths"))) {
			for (Map.Entry<String, JsonNode> operation : fields(path.getValue())) {
				HttpMethod method = HttpMethod.valueOf(operation.getKey().toUpperCase());
				JsonNode definition = operation.getValue();
				for (String value : PATH_VALUES) {
					requests++;
					send(failures, admin, method, uri(path.getKey(), value, Map.of()), null, null);
				}
				for (String value : QUERY_VALUES) {
					Map<String, String> query = new LinkedHashMap<>();
					for (JsonNode parameter : definition.path("parameters")) {
						if ("query".equals(parameter.path("in").asString())) {
							query.put(parameter.path("name").asString(), value);
						}
					}
					if (!query.isEmpty()) {
						requests++;
						send(failures, admin, method, uri(path.getKey(), NOWHERE, query), null, null);
					}
				}
				if (!definition.path("requestBody").isMissingNode()) {
					List<String> properties = properties(api, definition);
					for (String body : BROKEN_BODIES) {
						requests++;
						send(failures, admin, method, uri(path.getKey(), NOWHERE, Map.of()), body,
								MediaType.APPLICATION_JSON);
					}
					requests++;
					send(failures, admin, method, uri(path.getKey(), NOWHERE, Map.of()), "name=x",
							MediaType.TEXT_PLAIN);
					for (Object value : FIELD_VALUES) {
						Map<String, Object> body = new LinkedHashMap<>();
						// a megabyte in one field, every other value in all of them
						properties.forEach(
								property -> body.put(property, value == MEGABYTE && !body.isEmpty() ? "x" : value));
						requests++;
						send(failures, admin, method, uri(path.getKey(), NOWHERE, Map.of()),
								json.writeValueAsString(body), MediaType.APPLICATION_JSON);
					}
					for (String property : properties) {
						for (Object value : ONE_FIELD_VALUES) {
							Map<String, Object> one = new LinkedHashMap<>();
							one.put(property, value);
							requests++;
							send(failures, admin, method, uri(path.getKey(), NOWHERE, Map.of()),
									json.writeValueAsString(one), MediaType.APPLICATION_JSON);
						}
					}
				}
			}
		}

		assertThat(requests).isGreaterThan(1000);
		assertThat(failures).isEmpty();
	}

	private void send(List<String> failures, UserDetails admin, HttpMethod method, URI uri, String body,
			MediaType type) {
		MockHttpServletRequestBuilder request = request(method, uri).with(user(admin));
		if (body != null) {
			request.contentType(type).content(body);
		}
		String what = method + " " + abbreviate(uri.toString()) + (body == null ? "" : " " + abbreviate(body));
		try {
			int status = mvc.perform(request).andReturn().getResponse().getStatus();
			if (status >= 500) {
				failures.add(status + " for " + what);
			}
		}
		catch (Exception failed) {
			failures.add(failed.getClass().getSimpleName() + " for " + what + ": " + abbreviate(failed.getMessage()));
		}
	}

	/**
	 * The names of the properties of the operation's request body, following references.
	 */
	private static List<String> properties(JsonNode api, JsonNode operation) {
		JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
		String reference = schema.path("$ref").asString("");
		if (reference.startsWith("#/components/schemas/")) {
			schema = api.path("components").path("schemas").path(reference.substring("#/components/schemas/".length()));
		}
		List<String> names = new ArrayList<>();
		fields(schema.path("properties")).forEach(property -> names.add(property.getKey()));
		return names.isEmpty() ? List.of("x") : names;
	}

	private static URI uri(String template, String pathValue, Map<String, String> query) {
		String path = template.replaceAll("\\{[^}]+}",
				pathValue.startsWith("%") ? pathValue : URLEncoder.encode(pathValue, StandardCharsets.UTF_8));
		StringBuilder uri = new StringBuilder(path);
		char separator = '?';
		for (Map.Entry<String, String> parameter : query.entrySet()) {
			uri.append(separator)
				.append(parameter.getKey())
				.append('=')
				.append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
			separator = '&';
		}
		return URI.create(uri.toString());
	}

	private static List<Map.Entry<String, JsonNode>> fields(JsonNode node) {
		List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
		Iterator<Map.Entry<String, JsonNode>> iterator = node.properties().iterator();
		iterator.forEachRemaining(entries::add);
		return entries;
	}

	private static String abbreviate(String text) {
		if (text == null) {
			return "";
		}
		return text.length() > 120 ? text.substring(0, 120) + "…" : text;
	}

}
