package io.servicedesk.web;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.client.ClientService;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.staff.StaffService;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.StaffMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The home page is a dashboard: an agent's open cases by SLA state with links into the
 * queue, the team's unassigned cases; a supervisor's breaches, reviews and backlog.
 */
@IntegrationTest
class HomeDashboardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ClientService clients;

	@Autowired
	StaffService staff;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void anAgentSeesTheirOpenCasesBySlaStateAndLinksIntoTheQueue() throws Exception {
		String agent = StaffMother.agent(staff, encoder, "home").username();
		for (int i = 0; i < 2; i++) {
			inquiries.create(new NewInquiry(ClientMother.individual(clients, "Home Client").number(), null,
					CaseChannel.PHONE, "Question " + i, "A question.", null, null, null, null, true),
					inquiries.viewer(agent));
		}
		String breached = inquiries
			.create(new NewInquiry(ClientMother.individual(clients, "Home Client").number(), null, CaseChannel.PHONE,
					"Late", "Very late.", null, null, null, null, true), inquiries.viewer(agent))
			.reference();
		jdbc.sql("update case_file set sla_state = 'BREACHED' where reference = :ref").param("ref", breached).update();

		mvc.perform(get("/").with(user(users.loadUserByUsername(agent))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"home-dashboard\"")))
			.andExpect(
					content().string(matchesPattern("(?s).*id=\"my-inquiry\".*?<p class=\"display-6 mb-2\">3</p>.*")))
			.andExpect(content().string(containsString("/inquiries?view=mine&amp;slaState=BREACHED")))
			.andExpect(content().string(not(containsString("id=\"supervisor-dashboard\""))));
		mvc.perform(get("/home/dashboard").with(user(users.loadUserByUsername(agent))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(matchesPattern("(?s).*data-sla=\"BREACHED\">.*?<strong>1</strong>.*")));
	}

	@Test
	@WithUserDetails("supervisor")
	void aSupervisorSeesBreachesReviewsAndEachTeamsBacklog() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"supervisor-dashboard\"")))
			.andExpect(content().string(containsString("id=\"desk-review\"")))
			.andExpect(content().string(containsString("data-team=\"Front Desk\"")));
	}

}
