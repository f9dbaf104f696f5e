package io.servicedesk.survey;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public survey page: the client's language, one answer, expiry, unknown links,
 * validation, escaping and the rate limit, and the answer on the client's timeline.
 */
@IntegrationTest
@WithAnonymousUser
class SurveyTests {

	private static int addresses;

	@Autowired
	MockMvc mvc;

	@Autowired
	Surveys surveys;

	@Autowired
	ClientService clients;

	@Autowired
	JdbcClient jdbc;

	private ClientDetails client;

	private String address;

	@BeforeEach
	void aClientWithAResolvedCase() {
		client = ClientMother.individual(clients, "Survey Nowak");
		// every test answers from its own address, so the rate limit of one test does not
		// touch another
		address = "203.0.113." + (++addresses);
	}

	@Test
	void theClientRatesTheCaseOnceInTheirLanguageAndTheAnswerReachesTheTimeline() throws Exception {
		SurveyInvitationView invitation = invite("INQ-S" + System.nanoTime());
		assertThat(invitation.token()).matches("[A-Za-z0-9_-]{43}");
		assertThat(invitation.expiresAt()).isCloseTo(invitation.createdAt().plus(Duration.ofDays(14)),
				within(5, ChronoUnit.SECONDS));

		mvc.perform(from(get(invitation.link())).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jak nam poszło?")))
			.andExpect(content().string(containsString(invitation.caseRef())))
			.andExpect(content().string(not(containsString("sign-out"))));

		mvc.perform(from(post(invitation.link())).param("rating", "4")
			.param("comment", "Quick help <script>alert(1)</script>")
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(invitation.link()));
		mvc.perform(from(get(invitation.link())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dziękujemy!")));

		mvc.perform(from(post(invitation.link())).param("rating", "1").with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Ta ankieta została już wypełniona")));
		assertThat(surveys.find(invitation.token()).rating()).isEqualTo(4);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc
				.sql("select count(*) from timeline_entry where client_id = :client and kind = 'SURVEY_ANSWERED'")
				.param("client", client.id())
				.query(Long.class)
				.single() == 1L);
		assertThat(jdbc.sql("select count(*) from timeline_entry where client_id = :client and kind = 'SURVEY_SENT'")
			.param("client", client.id())
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	@Test
	@WithUserDetails("agent")
	void theAnswerIsShownEscapedOnTheClientsPage() throws Exception {
		SurveyInvitationView invitation = invite("INQ-E" + System.nanoTime());
		surveys.answer(invitation.token(), 5, "Great <b>service</b>");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc
				.sql("select count(*) from timeline_entry where client_id = :client and kind = 'SURVEY_ANSWERED'")
				.param("client", client.id())
				.query(Long.class)
				.single() == 1L);
		mvc.perform(get("/clients/" + client.number()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Great &lt;b&gt;service&lt;/b&gt;")))
			.andExpect(content().string(containsString("Rating 5 of 5")))
			.andExpect(content().string(containsString(invitation.link())));
	}

	@Test
	void aCaseResolvedAgainWhileItsSurveyIsOpenKeepsTheSameInvitation() {
		String caseRef = "INQ-A" + System.nanoTime();
		assertThat(invite(caseRef).token()).isEqualTo(invite(caseRef).token());
		assertThat(surveys.ofCase("INQUIRY", caseRef)).hasSize(1);
	}

	@Test
	void anExpiredSurveyIsClosedPolitely() throws Exception {
		SurveyInvitationView invitation = invite("INQ-X" + System.nanoTime());
		jdbc.sql("update survey_invitation set expires_at = now() - interval '1 minute' where token = :token")
			.param("token", invitation.token())
			.update();
		mvc.perform(from(get(invitation.link())))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("Ankieta została zamknięta")));
		mvc.perform(from(post(invitation.link())).param("rating", "5").with(csrf())).andExpect(status().isGone());
		assertThat(surveys.find(invitation.token()).answered()).isFalse();
	}

	@Test
	void anUnknownLinkIsNotFound() throws Exception {
		mvc.perform(from(get("/survey/no-such-token")).header("Accept-Language", "de"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Umfrage nicht gefunden")))
			.andExpect(content().string(not(containsString("no-such-token"))));
	}

	@Test
	void aMissingRatingOrALongCommentIsExplainedAndNothingIsSaved() throws Exception {
		SurveyInvitationView invitation = invite("INQ-V" + System.nanoTime());
		mvc.perform(from(post(invitation.link())).param("comment", "No stars").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Prosimy wybrać ocenę od 1 do 5.")))
			.andExpect(content().string(containsString("No stars")));
		mvc.perform(from(post(invitation.link())).param("rating", "9").with(csrf())).andExpect(status().isBadRequest());
		mvc.perform(from(post(invitation.link())).param("rating", "3").param("comment", "x".repeat(1001)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Komentarz jest za długi: prosimy użyć najwyżej 1000 znaków.")));
		assertThat(surveys.find(invitation.token()).answered()).isFalse();
	}

	@Test
	void oneAddressCannotTryLinksAtSpeed() throws Exception {
		for (int i = 0; i < 20; i++) {
			mvc.perform(from(get("/survey/guess-" + i))).andExpect(status().isNotFound());
		}
		mvc.perform(from(get("/survey/guess-21")).header("Accept-Language", "en"))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Please wait a minute and try again.")));
	}

	private SurveyInvitationView invite(String caseRef) {
		return surveys.invite(new SurveyRequest("INQUIRY", caseRef, client.id(), SupportedLanguage.PL));
	}

	private MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
		return request.with(servletRequest -> {
			servletRequest.setRemoteAddr(address);
			return servletRequest;
		});
	}

}
