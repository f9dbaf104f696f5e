package io.servicedesk.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

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
 * A date a person picks means that day in their time zone (the desk's calendar zone,
 * Europe/Warsaw, for the demo agent), and is shown as that day again.
 */
@IntegrationTest
class PickedDatesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ComplaintService complaints;

	@Autowired
	ClientService clients;

	@Test
	@WithUserDetails("agent")
	void anAnswerDuePickedFor4DecemberIsDueByTheEndOf4DecemberInWarsawAndShownSo() throws Exception {
		String reference = complaints
			.register(new NewComplaint(ClientMother.individual(clients, "Date Picker").number(), CaseChannel.PHONE,
					"Wrong size", "The shoes are too small.", null, Severity.MINOR, null, null, null, null, null, true),
					complaints.viewer("agent"))
			.reference();
		complaints.acknowledge(reference, complaints.viewer("agent"), "We look into it.", null);
		long version = complaints.get(reference, complaints.viewer("agent")).version();
		// 4 December of next year: always ahead (an answer cannot be due in the past),
		// always in winter time
		String picked = (LocalDate.now(ZoneId.of("Europe/Warsaw")).getYear() + 1) + "-12-04";

		mvc.perform(post("/complaints/" + reference + "/forward").with(csrf())
			.param("team", "Logistics")
			.param("question", "Which size was sent?")
			.param("answerDue", picked)
			.param("version", Long.toString(version))).andExpect(status().is3xxRedirection());

		assertThat(complaints.get(reference, complaints.viewer("agent")).answerDueAt())
			.isEqualTo(Instant.parse(picked + "T23:00:00Z"));
		mvc.perform(get("/complaints/" + reference))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(picked)))
			.andExpect(content().string(containsString("Europe/Warsaw")));
	}

}
