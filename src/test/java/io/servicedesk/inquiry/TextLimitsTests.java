package io.servicedesk.inquiry;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.client.ClientService;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every text of a case page has its limit, said in the form; a longer one is refused with
 * 413 in the product's words and the page keeps what was typed.
 */
@IntegrationTest
class TextLimitsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ClientService clients;

	@Test
	@WithUserDetails("agent")
	void aReplyLongerThanItsLimitIsRefusedAndTheTypedTextStays() throws Exception {
		String reference = inquiries
			.create(new NewInquiry(ClientMother.individual(clients, "Long Writer").number(), null, CaseChannel.PHONE,
					"Long story", "It is a long story.", null, null, null, null, true), inquiries.viewer("agent"))
			.reference();
		String tooLong = "Ab".repeat(10_001);

		mvc.perform(get("/inquiries/" + reference))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("maxlength=\"20000\"")))
			.andExpect(content().string(containsString("maxlength=\"2000\"")));
		mvc.perform(post("/inquiries/" + reference + "/messages").with(csrf())
			.param("visibility", "PUBLIC")
			.param("body", tooLong)
			.param("via", "PHONE"))
			.andExpect(status().isContentTooLarge())
			.andExpect(content().string(containsString("at most 20,000 characters")))
			.andExpect(content().string(containsString(tooLong)));
		mvc.perform(post("/inquiries/" + reference + "/status").with(csrf())
			.param("status", "RESOLVED")
			.param("resolution", "x".repeat(4001))).andExpect(status().isContentTooLarge());
		assertThat(inquiries.get(reference, inquiries.viewer("agent")).status()).isEqualTo(InquiryStatus.NEW);
	}

}
