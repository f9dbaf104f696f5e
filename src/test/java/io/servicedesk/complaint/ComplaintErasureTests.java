package io.servicedesk.complaint;

import java.time.Duration;
import java.util.Set;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.Viewer;
import io.servicedesk.client.ClientData;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientKind;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.client.Email;
import io.servicedesk.client.PostalAddress;
import io.servicedesk.client.Segment;
import io.servicedesk.shared.Money;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.ClientMother;
import io.servicedesk.survey.Surveys;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A complaint taken to its end: the approved decision invites the client to the
 * satisfaction survey, and erasing the client afterwards removes the complaint's free
 * texts and keeps its facts.
 */
@IntegrationTest
class ComplaintErasureTests {

	@Autowired
	ComplaintService complaints;

	@Autowired
	ClientService clients;

	@Autowired
	Surveys surveys;

	@Test
	void anErasedClientsComplaintsLoseTheirTextsButKeepTheirFacts() {
		ClientDetails client = clients.register(new ClientData(ClientKind.INDIVIDUAL, "Erased Complainer", null, null,
				Email.ofNullable("erased." + ClientMother.unique() + "@example.com"), null, PostalAddress.NONE,
				SupportedLanguage.EN, ContactChannel.EMAIL, Segment.STANDARD, Set.of(), false, null), "agent");
		String reference = complaints
			.register(
					new NewComplaint(client.number(), CaseChannel.EMAIL, "Broken kettle",
							"It leaks at my home address.", null, Severity.MAJOR, "damaged-goods", null, null,
							Money.of("30.00", "EUR"), "Refund to my account at Example Bank", true),
					complaints.viewer("agent"))
			.reference();

		Viewer agent = complaints.viewer("agent");
		complaints.acknowledge(reference, agent, null, null);
		complaints.investigate(reference, agent, null);
		complaints.proposeResolution(reference, agent, new ProposedResolution(Outcome.UPHELD, Remedy.REFUND,
				Money.of("30.00", "EUR"), "damaged-goods", "We refund the kettle."), null);
		complaints.review(reference, complaints.viewer("supervisor"), ReviewDecision.APPROVE, null, null);
		assertThat(surveys.ofCase("COMPLAINT", reference)).singleElement()
			.satisfies(invitation -> assertThat(invitation.language()).isEqualTo(SupportedLanguage.EN));
		complaints.close(reference, agent, null);
		clients.erase(client.number(), "admin");

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			ComplaintDetails complaint = complaints.get(reference, complaints.viewer("supervisor"));
			assertThat(complaint.desiredOutcome()).isNull();
			assertThat(complaint.subject()).isEqualTo("—");
			assertThat(complaint.severity()).isEqualTo(Severity.MAJOR);
			assertThat(complaint.amountClaimed()).isEqualTo(Money.of("30.00", "EUR"));
		});
	}

}
