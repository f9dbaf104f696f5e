package io.servicedesk.inquiry;

import java.time.Duration;
import java.util.List;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseEntryView;
import io.servicedesk.casework.Visibility;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.Priority;
import io.servicedesk.support.ClientMother;
import io.servicedesk.survey.SurveyInvitationView;
import io.servicedesk.survey.Surveys;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.timeline.TimelineItem;
import io.servicedesk.timeline.TimelineKind;
import io.servicedesk.timeline.TimelineService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Correspondence on an inquiry reaches the client's timeline (internal notes never do),
 * and an erased client's inquiries lose their texts but keep their facts.
 */
@IntegrationTest
class InquiryCorrespondenceTests {

	@Autowired
	InquiryService inquiries;

	@Autowired
	ClientService clients;

	@Autowired
	TimelineService timeline;

	@Autowired
	Surveys surveys;

	@Test
	void repliesAndTheClientsWordsAreOnTheClientsTimelineButNotesAreNot() {
		ClientDetails client = ClientMother.individual(clients, "Timeline Reader");
		String reference = create(client);
		inquiries.addMessage(reference, inquiries.viewer("agent"), "Internal: check the invoice run",
				Visibility.INTERNAL, null);
		inquiries.addMessage(reference, inquiries.viewer("agent"), "Your invoice is attached", Visibility.PUBLIC, null);

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(timeline.page(client.id(), 20, null).items()).extracting(TimelineItem::kind)
				.contains(TimelineKind.CASE_OPENED, TimelineKind.CASE_MESSAGE_OUT));
		assertThat(timeline.page(client.id(), 20, null).items()).filteredOn(item -> reference.equals(item.subjectRef()))
			.extracting(TimelineItem::summary)
			.contains("Where is my invoice?", "Your invoice is attached")
			.doesNotContain("Internal: check the invoice run");
	}

	@Test
	void aClientWithAnOpenInquiryIsNotErasedAndOnceClosedItKeepsItsFactsButLosesItsTexts() {
		ClientDetails client = ClientMother.individual(clients, "Erased Writer");
		String reference = create(client);
		assertThatThrownBy(() -> clients.erase(client.number(), "admin")).isInstanceOf(RuleViolationException.class)
			.hasMessageContaining(reference);

		inquiries.changeStatus(reference, inquiries.viewer("agent"), InquiryStatus.OPEN, null, null);
		inquiries.changeStatus(reference, inquiries.viewer("agent"), InquiryStatus.RESOLVED, "Answered", null);
		inquiries.changeStatus(reference, inquiries.viewer("agent"), InquiryStatus.CLOSED, null, null);
		clients.erase(client.number(), "admin");

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			InquiryDetails inquiry = inquiries.get(reference, inquiries.viewer("supervisor"));
			assertThat(inquiry.subject()).isEqualTo("—");
			assertThat(inquiries.timeline(inquiry)).extracting(CaseEntryView::body).containsOnlyNulls();
			assertThat(inquiry.status()).isEqualTo(InquiryStatus.CLOSED);
			assertThat(inquiry.priority()).isEqualTo(Priority.NORMAL);
		});
	}

	@Test
	void resolvingInvitesTheClientToASurveyAndTheAnswerIsOnTheCase() {
		ClientDetails client = ClientMother.individual(clients, "Survey Taker");
		String reference = create(client);
		inquiries.changeStatus(reference, inquiries.viewer("agent"), InquiryStatus.OPEN, null, null);
		inquiries.changeStatus(reference, inquiries.viewer("agent"), InquiryStatus.RESOLVED, "Invoice re-sent", null);

		List<SurveyInvitationView> invitations = surveys.ofCase("INQUIRY", reference);
		assertThat(invitations).singleElement().satisfies(invitation -> {
			assertThat(invitation.language()).isEqualTo(client.preferredLanguage());
			assertThat(invitation.clientId()).isEqualTo(client.id());
		});
		surveys.answer(invitations.get(0).token(), 5, "Fast and friendly");

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(inquiries.timeline(inquiries.get(reference, inquiries.viewer("agent"))))
				.extracting(CaseEntryView::kind, CaseEntryView::detail, CaseEntryView::body)
				.contains(tuple(CaseEntryKind.SURVEY_SENT, invitations.get(0).link(), null),
						tuple(CaseEntryKind.SURVEY_ANSWERED, "5", "Fast and friendly")));
	}

	private String create(ClientDetails client) {
		return inquiries
			.create(new NewInquiry(client.number(), null, CaseChannel.EMAIL, "Invoice question", "Where is my invoice?",
					Priority.NORMAL, null, null, null, true), inquiries.viewer("agent"))
			.reference();
	}

}
