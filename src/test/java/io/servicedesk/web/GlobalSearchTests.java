package io.servicedesk.web;

import io.servicedesk.account.AccountDetails;
import io.servicedesk.account.AccountService;
import io.servicedesk.casework.CaseChannel;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The top bar's search: references open their page, anything else searches the clients.
 */
@IntegrationTest
class GlobalSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ClientService clients;

	@Autowired
	AccountService accounts;

	@Autowired
	InquiryService inquiries;

	@Test
	@WithUserDetails("agent")
	void aReferenceOpensItsPageAndANameSearchesTheClients() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Global Searcher");
		AccountDetails account = accounts.open(client.number(), "STANDARD", "EUR", "agent");
		String inquiry = inquiries
			.create(new NewInquiry(client.number(), null, CaseChannel.PHONE, "Lost card", "I lost my card.", null, null,
					null, null, true), inquiries.viewer("agent"))
			.reference();
		String shortReference = "inq-" + Long.parseLong(inquiry.substring(4));

		mvc.perform(get("/search").param("q", shortReference)).andExpect(redirectedUrl("/inquiries/" + inquiry));
		mvc.perform(get("/search").param("q", account.number().toLowerCase()))
			.andExpect(redirectedUrl("/accounts/" + account.number()));
		mvc.perform(get("/search").param("q", " " + client.number() + " "))
			.andExpect(redirectedUrl("/clients/" + client.number()));
		mvc.perform(get("/search").param("q", "O-999999999")).andExpect(redirectedUrl("/clients?q=O-999999999"));
		mvc.perform(get("/search").param("q", "Global Searcher"))
			.andExpect(redirectedUrl("/clients?q=Global%20Searcher"));
		mvc.perform(get("/clients").param("q", "Global Searcher"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"global-search\"")));
	}

}
