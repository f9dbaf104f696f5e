package io.servicedesk.complaint.web;

import java.math.BigDecimal;
import java.util.Optional;

import io.servicedesk.casework.Viewer;
import io.servicedesk.catalogue.CategoryCatalogue;
import io.servicedesk.client.ClientNotFoundException;
import io.servicedesk.client.ClientService;
import io.servicedesk.complaint.ComplaintService;
import io.servicedesk.complaint.ComplaintStatus;
import io.servicedesk.complaint.NewComplaint;
import io.servicedesk.complaint.Severity;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.servicedesk.security.SecurityWebSlice.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
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
 * The intake rules of {@code /complaints/new} in a web slice with the application's own
 * security: a field the form refuses answers 400 with the form and its messages, a rule
 * the complaint module refuses 422 with the form as typed; CSRF, roles and the sign-in
 * page as for every page.
 */
@WebSliceTest(controllers = ComplaintIntakeController.class)
class ComplaintIntakeSliceTests {

	private static final RequestPostProcessor AGENT = staff("agent", "Anna Agent", Role.AGENT, "Front Desk");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ComplaintService complaints;

	@MockitoBean
	CategoryCatalogue categories;

	@MockitoBean
	ClientService clients;

	private final Viewer agent = new Viewer("agent", "Anna Agent", 1L, "Front Desk", false);

	@BeforeEach
	void viewers() {
		given(complaints.viewer("agent")).willReturn(agent);
	}

	@Test
	void aStrangerIsSentToTheSignInPage() throws Exception {
		mvc.perform(get("/complaints/new")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/complaints/new").with(csrf()).param("clientNumber", "C-000011"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		verifyNoInteractions(complaints);
	}

	@Test
	void anAgentGetsTheFormForTheClientChosenOnTheClientsPage() throws Exception {
		given(clients.find("C-000011")).willReturn(Optional.of(CasePageFixtures.client()));

		MvcResult result = mvc.perform(get("/complaints/new").param("client", "C-000011").with(AGENT))
			.andExpect(status().isOk())
			.andExpect(view().name("complaints/new"))
			.andExpect(model().attributeExists("channels", "severities", "categories"))
			.andExpect(content().string(containsString("id=\"complaint-form\"")))
			.andExpect(content().string(containsString("Zofia Testowa (C-000011)")))
			.andReturn();
		assertThat(form(result).getClientNumber()).isEqualTo("C-000011");
	}

	@Test
	void onlyStaffWithTheAgentRoleMayRegister() throws Exception {
		mvc.perform(post("/complaints/new").with(csrf())
			.with(user("auditor").roles("AUDITOR"))
			.param("clientNumber", "C-000011")
			.param("subject", "Broken")
			.param("body", "It arrived broken")).andExpect(status().isForbidden());
		verifyNoInteractions(complaints);
	}

	@Test
	void withoutTheCsrfTokenNothingIsRegistered() throws Exception {
		mvc.perform(post("/complaints/new").with(AGENT)
			.param("clientNumber", "C-000011")
			.param("subject", "Broken")
			.param("body", "It arrived broken")).andExpect(status().isForbidden());
		verifyNoInteractions(complaints);
	}

	@Test
	void aRegisteredComplaintRedirectsToItsPageWithTheFlashMessage() throws Exception {
		given(complaints.register(any(), any()))
			.willReturn(CasePageFixtures.complaint("CMP-000031", ComplaintStatus.RECEIVED, 0, null));

		mvc.perform(post("/complaints/new").with(csrf())
			.with(AGENT)
			.param("clientNumber", "C-000011")
			.param("channel", "EMAIL")
			.param("subject", "Broken parcel")
			.param("body", "It arrived broken")
			.param("severity", "MAJOR")
			.param("amountClaimed", "49.90")
			.param("currency", "EUR"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/complaints/CMP-000031"))
			.andExpect(flash().attribute("flashSuccess", "complaint.flash.registered"))
			.andExpect(flash().attribute("flashArgument", "CMP-000031"));

		ArgumentCaptor<NewComplaint> command = ArgumentCaptor.forClass(NewComplaint.class);
		verify(complaints).register(command.capture(), eq(agent));
		assertThat(command.getValue().clientNumber()).isEqualTo("C-000011");
		assertThat(command.getValue().severity()).isEqualTo(Severity.MAJOR);
		assertThat(command.getValue().amountClaimed().amount()).isEqualByComparingTo(new BigDecimal("49.90"));
	}

	@Test
	void fieldsTheFormRefusesAnswer400WithTheFormAndItsMessages() throws Exception {
		MvcResult refused = mvc
			.perform(post("/complaints/new").with(csrf())
				.with(AGENT)
				.param("subject", "Broken parcel")
				.param("amountClaimed", "0")
				.param("currency", "euro"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("complaints/new"))
			.andExpect(model().attributeHasFieldErrorCode("form", "clientNumber", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "body", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "amountClaimed", "DecimalMin"))
			.andExpect(model().attributeHasFieldErrorCode("form", "currency", "Pattern"))
			.andExpect(content().string(containsString("invalid-feedback")))
			.andExpect(content().string(containsString("Broken parcel")))
			.andReturn();
		assertThat(form(refused).getSubject()).isEqualTo("Broken parcel");
		mvc.perform(post("/complaints/new").with(csrf())
			.with(AGENT)
			.param("clientNumber", "C-000011")
			.param("subject", "Broken parcel")
			.param("body", "It arrived broken")
			.param("amountClaimed", "a lot"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("form", "amountClaimed", "typeMismatch"))
			.andExpect(content().string(containsString("This value is not valid here.")));
		verifyNoInteractions(complaints);
	}

	@Test
	void anUnknownClientAnswers422NamingIt() throws Exception {
		given(complaints.register(any(), any())).willThrow(new ClientNotFoundException("C-999999"));

		mvc.perform(post("/complaints/new").with(csrf())
			.with(AGENT)
			.param("clientNumber", "C-999999")
			.param("subject", "Broken parcel")
			.param("body", "It arrived broken"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name("complaints/new"))
			.andExpect(model().attributeHasFieldErrorCode("form", "clientNumber", "complaint.client.unknown"))
			.andExpect(content().string(containsString("There is no client C-999999.")));
	}

	@Test
	void aRuleThatRefusesTheComplaintAnswers422WithTheFormAsTyped() throws Exception {
		given(complaints.register(any(), any()))
			.willThrow(new RuleViolationException("complaint.category.unknown", "GONE"));

		mvc.perform(post("/complaints/new").with(csrf())
			.with(AGENT)
			.param("clientNumber", "C-000011")
			.param("category", "GONE")
			.param("subject", "Broken parcel")
			.param("body", "Typed with care"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name("complaints/new"))
			.andExpect(model().attributeHasErrors("form"))
			.andExpect(content().string(containsString("There is no active complaint category GONE.")))
			.andExpect(content().string(containsString("Typed with care")));
	}

	private static NewComplaintForm form(MvcResult result) {
		return (NewComplaintForm) result.getModelAndView().getModel().get("form");
	}

}
