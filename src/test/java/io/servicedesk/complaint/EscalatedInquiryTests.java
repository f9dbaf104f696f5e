package io.servicedesk.complaint;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.client.ClientService;
import io.servicedesk.inquiry.InquiryDetails;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.InquiryStatus;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an escalated inquiry becomes: resolved as escalated with its clock stopped, linked
 * to its complaint, never offered for escalation again, and a second attempt names the
 * complaint it went to.
 */
@IntegrationTest
class EscalatedInquiryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ComplaintService complaints;

	@Autowired
	ClientService clients;

	@Test
	@WithUserDetails("agent")
	void anEscalatedInquiryIsResolvedAsEscalatedLinksToItsComplaintAndIsNotEscalatedTwice() throws Exception {
		String inquiry = inquiries
			.create(new NewInquiry(ClientMother.individual(clients, "Escalating Client").number(), null,
					CaseChannel.PHONE, "Broken kettle", "It broke after a day.", null, null, null, null, true),
					inquiries.viewer("agent"))
			.reference();

		String complaint = complaints
			.escalateInquiry(inquiry, complaints.viewer("agent"), "Wants a formal complaint", Severity.MINOR, null)
			.reference();

		InquiryDetails escalated = inquiries.get(inquiry, inquiries.viewer("agent"));
		assertThat(escalated.status()).isEqualTo(InquiryStatus.RESOLVED);
		assertThat(escalated.escalatedTo()).isEqualTo(complaint);
		assertThat(escalated.sla().resolvedAt()).isNotNull();
		assertThat(escalated.nextStatuses()).doesNotContain(InquiryStatus.OPEN);

		mvc.perform(get("/inquiries/" + inquiry))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/complaints/" + complaint + "\"")))
			.andExpect(content().string(not(containsString("id=\"escalate-form\""))))
			.andExpect(content().string(not(containsString("escalated:" + complaint + "<"))));

		mvc.perform(post("/inquiries/" + inquiry + "/escalate").with(csrf()).param("reason", "Again"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "complaint.escalation.already"))
			.andExpect(flash().attribute("flashSecond", complaint));
	}

}
