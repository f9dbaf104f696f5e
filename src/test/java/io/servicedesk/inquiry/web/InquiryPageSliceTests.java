package io.servicedesk.inquiry.web;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.casework.CasePresence;
import io.servicedesk.casework.Viewer;
import io.servicedesk.catalogue.CannedResponses;
import io.servicedesk.catalogue.CategoryCatalogue;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.Salutations;
import io.servicedesk.inquiry.EscalationChoices;
import io.servicedesk.inquiry.InquiryDetails;
import io.servicedesk.inquiry.InquiryMerge;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.InquiryStatus;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.Priority;
import io.servicedesk.shared.RefusedAccessException;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.StaleVersionException;
import io.servicedesk.staff.Role;
import io.servicedesk.support.CasePageFixtures;
import io.servicedesk.support.WebSliceTest;
import io.servicedesk.workspace.ClientWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static io.servicedesk.security.SecurityWebSlice.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.not;
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
 * The answers of the inquiry page to a step the inquiry module refuses, in a web slice
 * with the application's own security: 409 with "changed by … at …, reload" when the
 * inquiry changed meanwhile, 409 for a step that is not possible now, 422 for a rule,
 * each with the page and what was typed; 403 with the reason for another team's inquiry.
 */
@WebSliceTest(controllers = InquiryPageController.class)
class InquiryPageSliceTests {

	private static final String REFERENCE = "INQ-000101";

	private static final RequestPostProcessor AGENT = staff("agent", "Anna Agent", Role.AGENT, "Front Desk");

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog auditLog;

	@MockitoBean
	InquiryService inquiries;

	@MockitoBean
	InquiryMerge merges;

	@MockitoBean
	ClientWorkspace workspace;

	@MockitoBean
	CannedResponses cannedResponses;

	@MockitoBean
	CategoryCatalogue categories;

	@MockitoBean
	CasePresence presence;

	@MockitoBean
	EscalationChoices escalation;

	@MockitoBean
	ClientService clients;

	@MockitoBean
	Salutations salutations;

	private final Viewer agent = new Viewer("agent", "Anna Agent", 1L, "Front Desk", false);

	private final InquiryDetails current = CasePageFixtures.inquiry(REFERENCE, InquiryStatus.OPEN, 4, "Bruno Berg");

	@BeforeEach
	void pageData() {
		given(inquiries.viewer("agent")).willReturn(agent);
		given(inquiries.get(REFERENCE, agent)).willReturn(current);
		given(workspace.card("C-000011", "agent")).willReturn(CasePageFixtures.clientView());
	}

	@Test
	void thePageShowsTheInquiry() throws Exception {
		mvc.perform(get("/inquiries/" + REFERENCE).with(AGENT))
			.andExpect(status().isOk())
			.andExpect(view().name("inquiries/detail"))
			.andExpect(model().attribute("inquiry", current))
			.andExpect(model().attributeDoesNotExist("refusal"))
			.andExpect(content().string(containsString("Invoice missing")));
	}

	@Test
	void aStepOnAnInquiryChangedMeanwhileAnswers409WithWhoChangedItAndKeepsTheText() throws Exception {
		given(inquiries.changeStatus(REFERENCE, agent, InquiryStatus.RESOLVED, "Sent the copy again", 3L))
			.willThrow(new StaleVersionException(REFERENCE));

		mvc.perform(post("/inquiries/" + REFERENCE + "/status").with(csrf())
			.with(AGENT)
			.param("status", "RESOLVED")
			.param("resolution", "Sent the copy again")
			.param("version", "3"))
			.andExpect(status().isConflict())
			.andExpect(view().name("inquiries/detail"))
			.andExpect(model().attribute("stale", true))
			.andExpect(model().attribute("refusal", containsString("Changed by Bruno Berg at 2026-12-04 09:25:00")))
			.andExpect(model().attribute("drafts", hasEntry("resolution", "Sent the copy again")))
			.andExpect(model().attribute("inquiry", current))
			.andExpect(flash().attributeCount(0))
			.andExpect(content().string(containsString("id=\"reload\"")))
			.andExpect(content().string(containsString("Sent the copy again")));
	}

	@Test
	void theDatabasesOwnVersionCheckIsAnswered409TheSameWay() throws Exception {
		given(inquiries.changePriority(REFERENCE, agent, Priority.URGENT, 4L))
			.willThrow(new ObjectOptimisticLockingFailureException(InquiryDetails.class, 101L));

		mvc.perform(post("/inquiries/" + REFERENCE + "/priority").with(csrf())
			.with(AGENT)
			.param("priority", "URGENT")
			.param("version", "4"))
			.andExpect(status().isConflict())
			.andExpect(view().name("inquiries/detail"))
			.andExpect(model().attribute("stale", true))
			.andExpect(model().attribute("refusal", containsString("Bruno Berg")));
	}

	@Test
	void aStepNotPossibleNowAnswers409WithTheReasonInWords() throws Exception {
		given(inquiries.changeStatus(REFERENCE, agent, InquiryStatus.NEW, null, 4L))
			.willThrow(new IllegalTransitionException("inquiry.status.refused", REFERENCE, InquiryStatus.OPEN,
					InquiryStatus.NEW));

		mvc.perform(post("/inquiries/" + REFERENCE + "/status").with(csrf())
			.with(AGENT)
			.param("status", "NEW")
			.param("version", "4"))
			.andExpect(status().isConflict())
			.andExpect(view().name("inquiries/detail"))
			.andExpect(model().attributeDoesNotExist("stale"))
			.andExpect(model().attribute("refusal", "Inquiry INQ-000101 cannot go from Open to New."))
			.andExpect(content().string(containsString("id=\"refusal\"")))
			.andExpect(content().string(not(containsString("id=\"reload\""))));
	}

	@Test
	void aMissingStatusIsAConflictOfThePageNotAServerError() throws Exception {
		mvc.perform(post("/inquiries/" + REFERENCE + "/status").with(csrf()).with(AGENT).param("version", "4"))
			.andExpect(status().isConflict())
			.andExpect(view().name("inquiries/detail"))
			.andExpect(model().attributeExists("refusal"));
		verify(inquiries, never()).changeStatus(anyString(), any(), any(), any(), any());
	}

	@Test
	void aRuleThatRefusesTheStepAnswers422WithThePageAndTheText() throws Exception {
		given(inquiries.changeStatus(REFERENCE, agent, InquiryStatus.RESOLVED, null, 4L))
			.willThrow(new RuleViolationException("inquiry.resolution.required", REFERENCE));

		mvc.perform(post("/inquiries/" + REFERENCE + "/status").with(csrf())
			.with(AGENT)
			.param("status", "RESOLVED")
			.param("version", "4"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name("inquiries/detail"))
			.andExpect(model().attribute("refusal", "Resolving INQ-000101 needs a summary of the resolution."))
			.andExpect(content().string(containsString("Resolving INQ-000101 needs a summary of the resolution.")));
	}

	@Test
	void aStepThatSucceedsRedirectsToThePageWithTheFlashMessage() throws Exception {
		given(inquiries.changeStatus(REFERENCE, agent, InquiryStatus.RESOLVED, "Sent", 4L)).willReturn(current);

		mvc.perform(post("/inquiries/" + REFERENCE + "/status").with(csrf())
			.with(AGENT)
			.param("status", "RESOLVED")
			.param("resolution", "Sent")
			.param("version", "4"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/inquiries/" + REFERENCE))
			.andExpect(flash().attribute("flashSuccess", "inquiry.status.changed"))
			.andExpect(flash().attribute("flashArgument", REFERENCE));
	}

	@Test
	void anotherTeamsInquiryAnswers403WithTheReasonAndIsAudited() throws Exception {
		given(inquiries.get("INQ-000102", agent)).willThrow(new RefusedAccessException(
				"Case INQ-000102 belongs to another team", "error.403.other-team", "INQ-000102"));

		mvc.perform(get("/inquiries/INQ-000102").with(AGENT))
			.andExpect(status().isForbidden())
			.andExpect(view().name("error/403"))
			.andExpect(model().attribute("errorMessage", containsString("Case INQ-000102 belongs to another team")))
			.andExpect(content().string(containsString("belongs to another team")));

		ArgumentCaptor<AuditRecord> audited = ArgumentCaptor.forClass(AuditRecord.class);
		verify(auditLog).record(audited.capture());
		assertThat(audited.getValue().toString()).contains("security.access-denied")
			.contains("GET /inquiries/INQ-000102");
	}

	@Test
	void aStepOnAnotherTeamsInquiryAnswers403() throws Exception {
		given(inquiries.addNote(eq("INQ-000102"), eq(agent), eq("Looked at it"), any(), eq(1L)))
			.willThrow(new RefusedAccessException("Case INQ-000102 belongs to another team", "error.403.other-team",
					"INQ-000102"));

		mvc.perform(post("/inquiries/INQ-000102/messages").with(csrf())
			.with(AGENT)
			.param("visibility", "INTERNAL")
			.param("body", "Looked at it")
			.param("version", "1"))
			.andExpect(status().isForbidden())
			.andExpect(view().name("error/403"))
			.andExpect(flash().attributeCount(0));
	}

	@Test
	void aStepWithoutTheCsrfTokenIsRefusedBeforeTheInquiryIsTouched() throws Exception {
		mvc.perform(post("/inquiries/" + REFERENCE + "/status").with(AGENT)
			.param("status", "RESOLVED")
			.param("version", "4")).andExpect(status().isForbidden());
		verify(inquiries, never()).changeStatus(anyString(), any(), any(), any(), any());
	}

}
