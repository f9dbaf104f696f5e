package io.servicedesk.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Properties;

import io.servicedesk.audit.AuditEntry;
import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The smaller findings of the security review, each as it was found: a refused password
 * is not echoed, forwarded headers from a client are not believed, CSV cells cannot run
 * as formulas, refusals are audited, metrics are for administrators, the session cookie
 * is made for HTTPS, and the API documentation names the right body for each operation.
 */
@IntegrationTest
class HardeningTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog auditLog;

	@Autowired
	UserDetailsService staffDetails;

	@Test
	void aRefusedPasswordIsNeverSentBack() throws Exception {
		mvc.perform(post("/api/v1/staff").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "echo-check", "displayName": "Echo", "role": "AGENT", "language": "EN",
					 "temporaryPassword": "Password123!"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("temporaryPassword")))
			.andExpect(content().string(not(containsString("Password123!"))));
	}

	@Test
	void forwardedHeadersFromAClientAreNotBelieved() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String username = "forged-" + System.nanoTime();
		http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((username + ":wrong").getBytes(StandardCharsets.UTF_8)))
			.header("X-Forwarded-For", "203.0.113.66")
			.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> redirect = http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/inquiries"))
				.header("X-Forwarded-Host", "evil.example")
				.header("X-Forwarded-Proto", "https")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(auditLog.latestFor(username)).extracting(AuditEntry::getRemoteAddress)
			.isNotEmpty()
			.doesNotContain("203.0.113.66");
		assertThat(redirect.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).startsWith("http://localhost:" + port).doesNotContain("evil"));
	}

	@Test
	void csvCellsThatLookLikeFormulasAreNeutralised() throws Exception {
		String object = "CSV-" + System.nanoTime();
		auditLog.record(AuditRecord.of("admin", "test.formula", "client", object)
			.change("=HYPERLINK(\"http://evil.example\")", "@SUM(A1)"));

		mvc.perform(get("/admin/audit-log/export.csv").param("object", object)
			.with(user(staffDetails.loadUserByUsername("admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("'=HYPERLINK")))
			.andExpect(content().string(containsString("'@SUM(A1)")));
	}

	@Test
	void refusalsForLackOfRightsAreAudited() throws Exception {
		mvc.perform(get("/admin/staff").with(user(staffDetails.loadUserByUsername("agent2"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/staff").with(httpBasic("agent2", "demo"))).andExpect(status().isForbidden());

		assertThat(auditLog.latestBy("agent2")).filteredOn(entry -> entry.getAction().equals("security.access-denied"))
			.extracting(AuditEntry::getObjectRef)
			.contains("GET /admin/staff", "GET /api/v1/staff");
	}

	@Test
	void metricsAreForAdministratorsOnly() throws Exception {
		mvc.perform(get("/actuator/prometheus").with(httpBasic("agent", "demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("supervisor", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")));
	}

	@Test
	void inProductionTheSessionCookieIsSecureAndHostOnly() throws Exception {
		Properties production = new Properties();
		try (var in = new ClassPathResource("application.properties").getInputStream()) {
			production.load(in);
		}

		assertThat(production.getProperty("server.servlet.session.cookie.name")).isEqualTo("__Host-SESSION");
		assertThat(production.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
		assertThat(production.getProperty("server.forward-headers-strategy")).isEqualTo("native");
		assertThat(production.getProperty("server.tomcat.remoteip.internal-proxies")).isEmpty();
	}

	@Test
	void theInquiryStatusOperationDocumentsItsOwnBody() throws Exception {
		mvc.perform(get("/v3/api-docs").with(user(staffDetails.loadUserByUsername("agent"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath(
					"$.paths['/api/v1/inquiries/{reference}/status'].post.requestBody.content['application/json'].schema['$ref']")
				.value("#/components/schemas/InquiryStatusRequest"))
			.andExpect(jsonPath("$.components.schemas.InquiryStatusRequest.properties.resolution").exists())
			.andExpect(jsonPath("$.components.schemas.OrderStatusRequest.properties.refundAmount").exists());
	}

}
