package io.servicedesk.notification;

import java.time.Instant;
import java.util.List;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.Viewer;
import io.servicedesk.client.ClientService;
import io.servicedesk.complaint.ComplaintService;
import io.servicedesk.complaint.NewComplaint;
import io.servicedesk.complaint.Outcome;
import io.servicedesk.complaint.ProposedResolution;
import io.servicedesk.complaint.Remedy;
import io.servicedesk.complaint.ReviewDecision;
import io.servicedesk.complaint.Severity;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.staff.StaffService;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.StaffMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Agents hear of what concerns them: a case assigned to them, their proposal sent back or
 * approved, a question forwarded to their team; each notification links to its case, is
 * read once opened, and the bell's count can be fetched on its own.
 */
@IntegrationTest
class AgentNotificationsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ComplaintService complaints;

	@Autowired
	ClientService clients;

	@Autowired
	StaffService staff;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void anAssignmentByAnotherPersonNotifiesTheAssigneeAndOpeningItMarksItRead() throws Exception {
		String agent = StaffMother.agent(staff, encoder, "told").username();
		String reference = inquiries
			.create(new NewInquiry(ClientMother.individual(clients, "Told Client").number(), null, CaseChannel.PHONE,
					"Card blocked", "My card is blocked.", null, null, null, null, false), inquiries.viewer("agent"))
			.reference();

		inquiries.assign(reference, inquiries.viewer("supervisor"), agent, null, null);

		List<NotificationView> mine = notifications.list(agent, null);
		assertThat(mine).singleElement().satisfies(notification -> {
			assertThat(notification.messageKey()).isEqualTo("notification.assigned");
			assertThat(notification.arguments()).containsExactly(reference);
			assertThat(notification.link()).isEqualTo("/inquiries/" + reference);
			assertThat(notification.unread()).isTrue();
		});
		mvc.perform(get("/notifications/bell").with(user(agent).roles("AGENT")).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"notification-count\"")))
			.andExpect(content().string(containsString("id=\"notification-bell-item\"")));
		mvc.perform(get("/notifications/" + mine.get(0).id() + "/open").with(user(agent).roles("AGENT")))
			.andExpect(redirectedUrl("/inquiries/" + reference));
		assertThat(notifications.unreadCount(agent)).isZero();

		inquiries.assign(reference, inquiries.viewer(agent), agent, null, null);
		assertThat(notifications.list(agent, null)).hasSize(1);
	}

	@Test
	void theProposerHearsOfTheReviewAndTheTeamOfAForwardedQuestion() {
		String proposer = StaffMother.agent(staff, encoder, "proposer").username();
		String colleague = StaffMother.agent(staff, encoder, "colleague").username();
		Viewer agent = complaints.viewer(proposer);
		String reference = complaints
			.register(
					new NewComplaint(ClientMother.individual(clients, "Reviewed Client").number(), CaseChannel.PHONE,
							"Broken lamp", "It broke.", null, Severity.MINOR, null, null, null, null, null, true),
					agent)
			.reference();
		complaints.acknowledge(reference, agent, "We look into it.", null);
		complaints.forward(reference, agent, "Logistics", "Was it packed well?", Instant.now().plusSeconds(86_400),
				null);
		assertThat(notifications.list(colleague, null)).extracting(NotificationView::messageKey)
			.containsExactly("notification.forwarded-to-team");
		assertThat(notifications.list(proposer, null)).extracting(NotificationView::messageKey)
			.doesNotContain("notification.forwarded-to-team");

		complaints.recordFinding(reference, complaints.viewer(colleague), "Packed badly.", null);
		complaints.proposeResolution(reference, agent,
				new ProposedResolution(Outcome.UPHELD, Remedy.APOLOGY, null, "late-delivery", "We are sorry."), null);
		complaints.review(reference, complaints.viewer("supervisor"), ReviewDecision.SEND_BACK, "Offer more.", null);
		complaints.proposeResolution(reference, agent, new ProposedResolution(Outcome.UPHELD, Remedy.REPLACEMENT, null,
				"late-delivery", "A new lamp is on its way."), null);
		complaints.review(reference, complaints.viewer("supervisor"), ReviewDecision.APPROVE, null, null);

		assertThat(notifications.list(proposer, null)).extracting(NotificationView::messageKey)
			.containsExactly("notification.proposal-approved", "notification.proposal-sent-back");
		assertThat(notifications.list(proposer, null))
			.allSatisfy(notification -> assertThat(notification.link()).isEqualTo("/complaints/" + reference));
	}

}
