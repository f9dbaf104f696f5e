package io.servicedesk.inquiry;

import io.servicedesk.audit.AuditEntry;
import io.servicedesk.audit.AuditLog;
import io.servicedesk.casework.CaseChannel;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.shared.Priority;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An agent who may not open another team's inquiry does not read it anywhere else either:
 * the client's 360° page and the timeline API show of it only its reference and its team;
 * the personal-data export is for administrators and audited.
 */
@IntegrationTest
class TeamScopingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ClientService clients;

	@Autowired
	AuditLog auditLog;

	@Autowired
	UserDetailsService staffDetails;

	@Test
	void anotherTeamsInquiryShowsOnTheClientsPagesOnlyItsReferenceAndTeam() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Scoped Client");
		String reference = inquiries
			.create(new NewInquiry(client.number(), null, CaseChannel.PHONE, "Confidential subject",
					"The client's confidential words", Priority.NORMAL, null, null, null, true),
					inquiries.viewer("agent2"))
			.reference();
		inquiries.get(reference, inquiries.viewer("agent2"));

		String page = mvc
			.perform(get("/clients/" + client.number()).with(user(staffDetails.loadUserByUsername("agent"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String api = mvc
			.perform(get("/api/v1/clients/" + client.number() + "/timeline").with(httpBasic("agent", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains(reference)
			.contains("Logistics")
			.doesNotContain("Confidential subject")
			.doesNotContain("confidential words");
		assertThat(api).contains(reference)
			.contains("Logistics")
			.doesNotContain("Confidential subject")
			.doesNotContain("confidential words");
		mvc.perform(get("/api/v1/clients/" + client.number() + "/timeline").with(httpBasic("agent2", "demo")))
			.andExpect(content().string(containsString("Confidential subject")));
		mvc.perform(get("/api/v1/clients/" + client.number() + "/timeline").with(httpBasic("supervisor", "demo")))
			.andExpect(content().string(containsString("confidential words")));
	}

	@Test
	void thePersonalDataExportIsForAdministratorsAndAudited() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Exported Client");

		mvc.perform(get("/api/v1/clients/" + client.number() + "/export").with(httpBasic("agent", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/clients/" + client.number() + "/export").with(httpBasic("supervisor", "demo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/clients/" + client.number() + "/export").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk());

		assertThat(auditLog.latestFor(client.number())).extracting(AuditEntry::getAction).contains("client.exported");
		mvc.perform(get("/clients/" + client.number()).with(user(staffDetails.loadUserByUsername("agent"))))
			.andExpect(content().string(not(containsString("id=\"export-client\""))));
	}

}
