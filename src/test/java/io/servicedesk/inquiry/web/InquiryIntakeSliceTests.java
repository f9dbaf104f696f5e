package io.servicedesk.inquiry.web;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.Viewer;
import io.servicedesk.catalogue.CategoryCatalogue;
import io.servicedesk.client.ClientNotFoundException;
import io.servicedesk.client.ClientService;
import io.servicedesk.inquiry.InquiryDetails;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.InquiryStatus;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.staff.Role;
import io.servicedesk.support.CasePageFixtures;
import io.servicedesk.support.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static io.servicedesk.security.SecurityWebSlice.staff;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The intake rules of {@code /inquiries/new} in a web slice with the application's own
 * security: who may post, the form shown again with its messages when a field or a rule
 * refuses it, CSRF, and the sign-in page for a stranger.
 */
@WebSliceTest(controllers = InquiryIntakeController.class)
class InquiryIntakeSliceTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	InquiryService inquiries;

	@MockitoBean
	CategoryCatalogue categories;

	@MockitoBean
	ClientService clients;

	private static final RequestPostProcessor AGENT = staff("agent", "Anna Agent", Role.AGENT, "Front Desk");

	private final Viewer agent = new Viewer("agent", "Anna Agent", 1L, "Front Desk", false);

	@BeforeEach
	void viewers() {
		given(inquiries.viewer("agent")).willReturn(agent);
	}

	@Test
	void aStrangerIsSentToTheSignInPage() throws Exception {
		mvc.perform(get("/inquiries/new")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/inquiries").with(csrf()).param("clientNumber", "C-000001"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		verifyNoInteractions(inquiries);
	}

	@Test
	void anAgentGetsTheEmptyForm() throws Exception {
		mvc.perform(get("/inquiries/new").with(AGENT))
			.andExpect(status().isOk())
			.andExpect(view().name("inquiries/new"))
			.andExpect(model().attributeExists("intake", "channels", "priorities", "languages", "categories"))
			.andExpect(content().string(containsString("id=\"intake-form\"")));
	}

	@Test
	void aSignedInPersonWithoutTheAgentRoleMayNotPost() throws Exception {
		mvc.perform(post("/inquiries").with(csrf())
			.with(user("auditor").roles("AUDITOR"))
			.param("clientNumber", "C-000001")
			.param("subject", "Invoice")
			.param("body", "Where is it?")).andExpect(status().isForbidden());
		verifyNoInteractions(inquiries);
	}

	@Test
	void aSupervisorMayRecordAnInquiryLikeAnAgent() throws Exception {
		given(inquiries.viewer("supervisor")).willReturn(new Viewer("supervisor", "Sam Super", 1L, "Front Desk", true));
		InquiryDetails created = created("INQ-000042");
		given(inquiries.create(any(), any())).willReturn(created);

		mvc.perform(post("/inquiries").with(csrf())
			.with(staff("supervisor", "Sam Super", Role.SUPERVISOR, "Front Desk"))
			.param("clientNumber", "C-000001")
			.param("subject", "Invoice")
			.param("body", "Where is it?")).andExpect(redirectedUrl("/inquiries/INQ-000042"));
	}

	@Test
	void withoutTheCsrfTokenNothingIsRecorded() throws Exception {
		mvc.perform(post("/inquiries").with(AGENT)
			.param("clientNumber", "C-000001")
			.param("subject", "Invoice")
			.param("body", "Where is it?")).andExpect(status().isForbidden());
		mvc.perform(post("/inquiries").with(csrf().useInvalidToken())
			.with(AGENT)
			.param("clientNumber", "C-000001")
			.param("subject", "Invoice")
			.param("body", "Where is it?")).andExpect(status().isForbidden());
		verifyNoInteractions(inquiries);
	}

	@Test
	void aRecordedInquiryRedirectsToItsPageWithTheFlashMessage() throws Exception {
		given(inquiries.create(any(), any())).willReturn(created("INQ-000007"));

		mvc.perform(post("/inquiries").with(csrf())
			.with(AGENT)
			.param("clientNumber", " C-000001 ")
			.param("channel", "EMAIL")
			.param("subject", " Invoice missing ")
			.param("body", "Where is my invoice?")
			.param("assignToMe", "true"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/inquiries/INQ-000007"))
			.andExpect(flash().attribute("flashSuccess", "inquiry.created"))
			.andExpect(flash().attribute("flashArgument", "INQ-000007"));

		ArgumentCaptor<NewInquiry> command = ArgumentCaptor.forClass(NewInquiry.class);
		verify(inquiries).create(command.capture(), org.mockito.ArgumentMatchers.eq(agent));
		assertThat(command.getValue().clientNumber()).isEqualTo("C-000001");
		assertThat(command.getValue().channel()).isEqualTo(CaseChannel.EMAIL);
		assertThat(command.getValue().subject()).isEqualTo("Invoice missing");
		assertThat(command.getValue().assignToMe()).isTrue();
	}

	@Test
	void missingFieldsShowTheFormAgainWithTheirMessages() throws Exception {
		mvc.perform(post("/inquiries").with(csrf()).with(AGENT).param("subject", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("inquiries/new"))
			.andExpect(model().attributeHasFieldErrorCode("intake", "clientNumber", "case.client.required"))
			.andExpect(model().attributeHasFieldErrorCode("intake", "subject", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("intake", "body", "NotBlank"))
			.andExpect(model().attributeExists("channels", "priorities", "categories"))
			.andExpect(content().string(containsString("Choose a client or enter a new client with a name.")))
			.andExpect(content().string(containsString("id=\"body-error\"")));
		verifyNoInteractions(inquiries);
	}

	@Test
	void aNewClientNeedsAWayToBeReached() throws Exception {
		mvc.perform(post("/inquiries").with(csrf())
			.with(AGENT)
			.param("newClientName", "Zofia Testowa")
			.param("newClientEmail", "not an address")
			.param("newClientPhone", "12")
			.param("subject", "Invoice")
			.param("body", "Where is it?"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("inquiries/new"))
			.andExpect(model().attributeHasFieldErrorCode("intake", "newClientEmail", "client.email.invalid"))
			.andExpect(model().attributeHasFieldErrorCode("intake", "newClientPhone", "case.client.phone-invalid"))
			.andExpect(model().attribute("intake",
					org.hamcrest.Matchers.hasProperty("newClientName", org.hamcrest.Matchers.is("Zofia Testowa"))));
		mvc.perform(post("/inquiries").with(csrf())
			.with(AGENT)
			.param("newClientName", "Zofia Testowa")
			.param("subject", "Invoice")
			.param("body", "Where is it?"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("intake", "newClientEmail", "case.client.contact-required"));
		verifyNoInteractions(inquiries);
	}

	@Test
	void anUnknownClientIsNamedAtItsField() throws Exception {
		given(inquiries.create(any(), any())).willThrow(new ClientNotFoundException("C-999999"));

		mvc.perform(post("/inquiries").with(csrf())
			.with(AGENT)
			.param("clientNumber", "C-999999")
			.param("subject", "Invoice")
			.param("body", "Where is it?"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name("inquiries/new"))
			.andExpect(model().attributeHasFieldErrorCode("intake", "clientNumber", "case.client.unknown"))
			.andExpect(content().string(containsString("There is no client C-999999.")));
	}

	@Test
	void aRuleThatRefusesTheInquiryIsSaidAboveTheFormWhichKeepsWhatWasTyped() throws Exception {
		given(inquiries.create(any(), any()))
			.willThrow(new RuleViolationException("inquiry.category.unknown", "BILLING-X"));

		mvc.perform(post("/inquiries").with(csrf())
			.with(AGENT)
			.param("clientNumber", "C-000001")
			.param("category", "BILLING-X")
			.param("subject", "Parcel late")
			.param("body", "Typed with care"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name("inquiries/new"))
			.andExpect(model().attributeHasErrors("intake"))
			.andExpect(content().string(containsString("There is no active inquiry category BILLING-X.")))
			.andExpect(content().string(containsString("Typed with care")))
			.andExpect(content().string(not(containsString("Whitelabel"))));
	}

	private static InquiryDetails created(String reference) {
		return CasePageFixtures.inquiry(reference, InquiryStatus.NEW, 0, "Anna Agent");
	}

}
