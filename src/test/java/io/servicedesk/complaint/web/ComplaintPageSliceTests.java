package io.servicedesk.complaint.web;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.casework.Viewer;
import io.servicedesk.catalogue.CategoryCatalogue;
import io.servicedesk.client.ClientService;
import io.servicedesk.complaint.ComplaintDetails;
import io.servicedesk.complaint.ComplaintService;
import io.servicedesk.complaint.ComplaintStatus;
import io.servicedesk.complaint.Outcome;
import io.servicedesk.complaint.ProposedResolution;
import io.servicedesk.complaint.Remedy;
import io.servicedesk.document.Documents;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.Money;
import io.servicedesk.shared.RefusedAccessException;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.StaleVersionException;
import io.servicedesk.staff.Role;
import io.servicedesk.support.CasePageFixtures;
import io.servicedesk.support.WebSliceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.servicedesk.staff.TeamDirectory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.servicedesk.security.SecurityWebSlice.staff;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The answers of the complaint page to a step the complaint module refuses, in a web
 * slice with the application's own security: 409 for a complaint changed meanwhile or a
 * step not possible in its state, 422 for a rule (the page's own or the module's), each
 * with the page and what was typed; 403 with the reason for another team's complaint.
 */
@WebSliceTest(controllers = ComplaintPageController.class)
class ComplaintPageSliceTests {

	private static final String REFERENCE = "CMP-000201";

	private static final RequestPostProcessor AGENT = staff("agent", "Anna Agent", Role.AGENT, "Front Desk");

	private static final ComplaintDetails.Steps INVESTIGATING_STEPS = new ComplaintDetails.Steps(false, false, true,
			true, true, false, false, false);

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog auditLog;

	@MockitoBean
	ComplaintService complaints;

	@MockitoBean
	CategoryCatalogue categories;

	@MockitoBean
	ClientService clients;

	/** {@code @documents} of the page's documents panel. */
	@MockitoBean(name = "documents")
	Documents documents;

	private final Viewer agent = new Viewer("agent", "Anna Agent", 1L, "Front Desk", false);

	private final ComplaintDetails current = CasePageFixtures.complaint(REFERENCE, ComplaintStatus.INVESTIGATING, 6,
			INVESTIGATING_STEPS);

	@BeforeEach
	void pageData() {
		given(complaints.viewer("agent")).willReturn(agent);
		given(complaints.get(REFERENCE, agent)).willReturn(current);
		given(clients.get("C-000011")).willReturn(CasePageFixtures.client());
	}

	@Test
	void thePageShowsTheComplaintAndTheStepsItsStateAllows() throws Exception {
		mvc.perform(get("/complaints/" + REFERENCE).with(AGENT))
			.andExpect(status().isOk())
			.andExpect(view().name("complaints/detail"))
			.andExpect(model().attribute("complaint", current))
			.andExpect(model().attributeExists("clientDetails", "teams", "outcomes", "remedies", "defaultAnswerDue"))
			.andExpect(content().string(containsString("Parcel arrived broken")));
	}

	@Autowired
	TeamDirectory teamDirectory;

	@Test
	void aStepOnAComplaintChangedMeanwhileAnswers409AndKeepsTheQuestion() throws Exception {
		given(teamDirectory.displayNames(any())).willReturn(java.util.Map.of("agent2", "Adam Second"));
		given(complaints.forward(eq(REFERENCE), eq(agent), eq("Logistics"), eq("Was it packed well?"), any(), eq(5L)))
			.willThrow(new StaleVersionException(REFERENCE));

		mvc.perform(post("/complaints/" + REFERENCE + "/forward").with(csrf())
			.with(AGENT)
			.param("team", "Logistics")
			.param("question", "Was it packed well?")
			.param("answerDue", "2026-12-09")
			.param("version", "5"))
			.andExpect(status().isConflict())
			.andExpect(view().name("complaints/detail"))
			.andExpect(model().attribute("stale", true))
			.andExpect(model().attribute("refusal",
					allOf(containsString("Changed by Adam Second"), containsString("2026-12-04 09:25:00"))))
			.andExpect(model().attribute("drafts", hasEntry("question", "Was it packed well?")))
			.andExpect(model().attribute("drafts", hasEntry("answerDue", "2026-12-09")))
			.andExpect(flash().attributeCount(0))
			.andExpect(content().string(containsString("id=\"reload\"")))
			.andExpect(content().string(containsString("Was it packed well?")));
	}

	@Test
	void aStepTheStateDoesNotAllowAnswers409WithTheReasonInWords() throws Exception {
		given(complaints.investigate(REFERENCE, agent, 6L)).willThrow(new IllegalTransitionException(
				"complaint.step.refused", REFERENCE, ComplaintStatus.INVESTIGATING, "investigate"));

		mvc.perform(post("/complaints/" + REFERENCE + "/investigate").with(csrf()).with(AGENT).param("version", "6"))
			.andExpect(status().isConflict())
			.andExpect(view().name("complaints/detail"))
			.andExpect(model().attributeDoesNotExist("stale"))
			.andExpect(model().attribute("refusal", containsString("Complaint CMP-000201 is at Investigating")))
			.andExpect(content().string(containsString("id=\"refusal\"")));
	}

	@Test
	void aProposalWithoutOutcomeIsRefusedByThePageWith422BeforeTheModuleIsAsked() throws Exception {
		mvc.perform(post("/complaints/" + REFERENCE + "/propose-resolution").with(csrf())
			.with(AGENT)
			.param("message", "We will send a new one")
			.param("rootCause", "Packaging")
			.param("version", "6"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name("complaints/detail"))
			.andExpect(model().attribute("refusal", "Choose the outcome and the remedy."))
			.andExpect(model().attribute("drafts", hasEntry("proposal", "We will send a new one")))
			.andExpect(content().string(containsString("We will send a new one")));
		verify(complaints, never()).proposeResolution(anyString(), any(), any(), any());
	}

	@Test
	void aProposalTheModuleRefusesAnswers422WithTheAmountsInWords() throws Exception {
		Money above = Money.of("80.00", "EUR");
		given(complaints.proposeResolution(REFERENCE, agent,
				new ProposedResolution(Outcome.UPHELD, Remedy.REFUND, above, "Packaging", "A full refund"), 6L))
			.willThrow(new RuleViolationException("complaint.proposal.amount-above-claim", above,
					Money.of("49.90", "EUR")));

		mvc.perform(post("/complaints/" + REFERENCE + "/propose-resolution").with(csrf())
			.with(AGENT)
			.param("outcome", "UPHELD")
			.param("remedy", "REFUND")
			.param("amount", "80.00")
			.param("currency", "EUR")
			.param("rootCause", "Packaging")
			.param("message", "A full refund")
			.param("version", "6"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name("complaints/detail"))
			.andExpect(model().attribute("refusal", containsString("only a supervisor may propose that")))
			.andExpect(model().attribute("drafts", hasEntry("amount", "80.00")))
			.andExpect(content().string(containsString("A full refund")));
	}

	@Test
	void aStepThatSucceedsRedirectsToThePageWithTheFlashMessage() throws Exception {
		given(complaints.investigate(REFERENCE, agent, 6L)).willReturn(current);

		mvc.perform(post("/complaints/" + REFERENCE + "/investigate").with(csrf()).with(AGENT).param("version", "6"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/complaints/" + REFERENCE))
			.andExpect(flash().attribute("flashSuccess", "complaint.flash.step"))
			.andExpect(flash().attribute("flashArgument", REFERENCE));
	}

	@Test
	void anotherTeamsComplaintAnswers403WithTheReasonAndIsAudited() throws Exception {
		given(complaints.get("CMP-000202", agent)).willThrow(new RefusedAccessException(
				"Case CMP-000202 belongs to another team", "error.403.other-team", "CMP-000202"));

		mvc.perform(get("/complaints/CMP-000202").with(AGENT))
			.andExpect(status().isForbidden())
			.andExpect(view().name("error/403"))
			.andExpect(model().attribute("errorMessage", containsString("Case CMP-000202 belongs to another team")))
			.andExpect(content().string(containsString("belongs to another team")));
		verify(auditLog).record(any());
	}

	@Test
	void aStepOnAnotherTeamsComplaintAnswers403() throws Exception {
		given(complaints.investigate("CMP-000202", agent, 2L)).willThrow(new RefusedAccessException(
				"Case CMP-000202 belongs to another team", "error.403.other-team", "CMP-000202"));

		mvc.perform(post("/complaints/CMP-000202/investigate").with(csrf()).with(AGENT).param("version", "2"))
			.andExpect(status().isForbidden())
			.andExpect(view().name("error/403"))
			.andExpect(flash().attributeCount(0));
	}

	@Test
	void aStepWithoutTheCsrfTokenIsRefusedBeforeTheComplaintIsTouched() throws Exception {
		mvc.perform(post("/complaints/" + REFERENCE + "/investigate").with(AGENT).param("version", "6"))
			.andExpect(status().isForbidden());
		verify(complaints, never()).investigate(anyString(), any(), any());
	}

}
