package io.servicedesk.inquiry;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.Viewer;
import io.servicedesk.casework.Visibility;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.shared.Priority;
import io.servicedesk.staff.StaffService;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.StaffMother;
import io.servicedesk.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The queue and the inquiry page issue the same number of SQL statements for one row or
 * message as for many: no query per row.
 */
@IntegrationTest
class InquiryQueryCountTests {

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
	UserDetailsService userDetails;

	@Test
	void theQueueAndTheInquiryPageUseAFixedNumberOfQueries() throws Exception {
		String few = StaffMother.agent(staff, encoder, "few").username();
		String many = StaffMother.agent(staff, encoder, "many").username();
		String small = inquiriesFor(few, 1, 1);
		String large = inquiriesFor(many, 9, 8);

		int smallQueue = statements(few, "/inquiries?view=mine");
		int largeQueue = statements(many, "/inquiries?view=mine");
		int smallPage = statements(few, "/inquiries/" + small);
		int largePage = statements(many, "/inquiries/" + large);

		assertThat(largeQueue).isEqualTo(smallQueue);
		assertThat(smallQueue).as("statements of the queue (with the page frame)").isBetween(4, 12);
		assertThat(largePage).isEqualTo(smallPage);
		assertThat(smallPage).as("statements of the inquiry page (with the page frame)").isBetween(8, 40);
	}

	private int statements(String username, String path) throws Exception {
		var user = SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(username));
		mvc.perform(get(path).with(user)).andExpect(status().isOk());
		StatementCounter.reset();
		mvc.perform(get(path).with(user)).andExpect(status().isOk());
		return StatementCounter.count();
	}

	private String inquiriesFor(String username, int count, int messages) {
		Viewer viewer = inquiries.viewer(username);
		ClientDetails client = ClientMother.individual(clients, "Count Client");
		String last = null;
		for (int i = 0; i < count; i++) {
			last = inquiries
				.create(new NewInquiry(client.number(), null, CaseChannel.EMAIL, "Count " + i, "Question " + i,
						Priority.values()[i % 4], null, null, null, true), viewer)
				.reference();
		}
		for (int i = 0; i < messages; i++) {
			inquiries.addMessage(last, viewer, "Message " + i, i % 2 == 0 ? Visibility.PUBLIC : Visibility.INTERNAL,
					null);
		}
		return last;
	}

}
