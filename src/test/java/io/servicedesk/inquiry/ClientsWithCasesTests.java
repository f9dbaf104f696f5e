package io.servicedesk.inquiry;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.shared.Priority;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator cannot erase a client whose inquiry is still open: the API says which
 * case to close first.
 */
@IntegrationTest
class ClientsWithCasesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ClientService clients;

	@Test
	void erasingAClientWithAnOpenInquiryIsRefusedNamingTheCase() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Still Waiting");
		String reference = inquiries
			.create(new NewInquiry(client.number(), null, CaseChannel.PHONE, "Refund status", "Where is my refund?",
					Priority.NORMAL, null, null, null, true), inquiries.viewer("agent"))
			.reference();

		mvc.perform(post("/api/v1/clients/" + client.number() + "/erase").with(httpBasic("admin", "demo"))
			.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail", containsString(reference)))
			.andExpect(jsonPath("$.detail", containsString("Close them before erasing")));
	}

	@Test
	void thePersonalDataExportHoldsTheClientsInquiriesWithTheirCorrespondence() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Export Reader");
		String reference = inquiries
			.create(new NewInquiry(client.number(), null, CaseChannel.EMAIL, "Address change", "I moved to Tartu.",
					Priority.NORMAL, null, null, null, true), inquiries.viewer("agent"))
			.reference();

		mvc.perform(get("/api/v1/clients/" + client.number() + "/export").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.inquiries[0].reference").value(reference))
			.andExpect(jsonPath("$.inquiries[0].subject").value("Address change"))
			.andExpect(jsonPath("$.inquiries[0].timeline[0].body").value("I moved to Tartu."))
			.andExpect(jsonPath("$.complaints").isArray());
	}

}
