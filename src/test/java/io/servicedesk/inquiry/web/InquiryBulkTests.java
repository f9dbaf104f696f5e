package io.servicedesk.inquiry.web;

import java.util.List;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.client.ClientService;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.shared.Priority;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Bulk actions on the inquiry queue: the selected inquiries assigned, given a priority or
 * moved to a status, each by its own step and with its own outcome shown on the queue.
 */
@IntegrationTest
class InquiryBulkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ClientService clients;

	@Test
	@WithUserDetails("supervisor")
	void selectedInquiriesAreAssignedPrioritisedAndMovedEachWithItsOutcome() throws Exception {
		String first = inquiry("Bulk one");
		String second = inquiry("Bulk two");

		mvc.perform(post("/inquiries/bulk").with(csrf())
			.param("selected", first, second)
			.param("action", "assign")
			.param("team", "Billing")
			.param("back", "/inquiries?view=all"))
			.andExpect(redirectedUrl("/inquiries?view=all"))
			.andExpect(flash().attributeExists("bulkOutcomes"));
		assertThat(inquiries.get(first, inquiries.viewer("supervisor")).team()).isEqualTo("Billing");
		assertThat(inquiries.get(second, inquiries.viewer("supervisor")).team()).isEqualTo("Billing");

		mvc.perform(post("/inquiries/bulk").with(csrf())
			.param("selected", first)
			.param("action", "priority")
			.param("priority", "URGENT"));
		MvcResult again = mvc
			.perform(post("/inquiries/bulk").with(csrf())
				.param("selected", first, second)
				.param("action", "priority")
				.param("priority", "URGENT"))
			.andReturn();
		assertThat(outcomes(again)).extracting(o -> o.reference() + "=" + o.result())
			.containsExactly(first + "=UNCHANGED", second + "=CHANGED");
		assertThat(inquiries.get(second, inquiries.viewer("supervisor")).priority()).isEqualTo(Priority.URGENT);

		MvcResult closing = mvc
			.perform(post("/inquiries/bulk").with(csrf())
				.param("selected", first)
				.param("action", "status")
				.param("status", "CLOSED"))
			.andReturn();
		assertThat(outcomes(closing)).singleElement()
			.satisfies(o -> assertThat(o.result()).isEqualTo(InquiryBulkController.Result.REFUSED));
		mvc.perform(get("/inquiries").cookie(closing.getResponse().getCookies()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"bulk-outcomes\"")))
			.andExpect(content().string(containsString("data-result=\"REFUSED\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("from NEW"))));

		mvc.perform(get("/inquiries/bulk/choices").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"bulk-assignee\"")))
			.andExpect(content().string(containsString("value=\"Billing\"")));
		mvc.perform(get("/inquiries?view=all"))
			.andExpect(content().string(containsString("id=\"bulk-assign-choices\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"bulk-assignee\""))));
		mvc.perform(post("/inquiries/bulk").with(csrf()).param("action", "assign").param("team", "Billing"))
			.andExpect(flash().attribute("flashError", "workday.bulk.none"));
		mvc.perform(post("/inquiries/bulk").with(csrf()).param("selected", first).param("action", "status"))
			.andExpect(flash().attribute("flashError", "workday.bulk.choose"));
	}

	@SuppressWarnings("unchecked")
	private static List<InquiryBulkController.Outcome> outcomes(MvcResult result) {
		return (List<InquiryBulkController.Outcome>) result.getFlashMap().get("bulkOutcomes");
	}

	private String inquiry(String subject) {
		return inquiries
			.create(new NewInquiry(ClientMother.individual(clients, "Bulk Client").number(), null, CaseChannel.PHONE,
					subject, "Please help.", Priority.NORMAL, null, null, null, false), inquiries.viewer("agent"))
			.reference();
	}

}
