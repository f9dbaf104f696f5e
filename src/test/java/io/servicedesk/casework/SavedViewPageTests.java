package io.servicedesk.casework;

import jakarta.servlet.http.Cookie;

import io.servicedesk.client.ClientService;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.staff.Role;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.TeamService;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.StaffMother;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The saved views' endpoints on the queue pages: Post/Redirect/Get with a flash message,
 * a refused name shown again on the queue with the reason, CSRF, and 404 or 403 (never a
 * 5xx) for views one may not see or change.
 */
@IntegrationTest
class SavedViewPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SavedViews views;

	@Autowired
	CaseAccess access;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ClientService clients;

	@Autowired
	StaffService staff;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	UserDetailsService staffDetails;

	@Autowired
	TeamService teams;

	String owner;

	String colleague;

	@BeforeEach
	void staff() {
		String team = StaffMother.team(teams, "Saved views");
		owner = StaffMother.member(staff, encoder, "saver", Role.AGENT, team).username();
		colleague = StaffMother.member(staff, encoder, "peer", Role.AGENT, team).username();
	}

	@Test
	void savingTheCurrentParametersRedirectsToTheQueueWithThemAndListsTheViewWithItsCount() throws Exception {
		String word = "Savedword" + ClientMother.unique();
		inquiries.create(new NewInquiry(ClientMother.individual(clients, "Saved View Client").number(), null,
				CaseChannel.PHONE, "Parcel " + word, "Where is it?", null, null, null, null, false),
				access.viewer(owner));
		String query = "view=unassigned&q=" + word;

		MvcResult saved = mvc
			.perform(as(owner,
					post("/inquiries/views").with(csrf())
						.param("name", "Unassigned parcels")
						.param("visibility", "TEAM")
						.param("query", query)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/inquiries?" + query))
			.andExpect(flash().attribute("flashSuccess", "views.saved"))
			.andReturn();

		mvc.perform(as(owner, get("/inquiries?" + query)).cookie(session(saved)))
			.andExpect(content().string(containsString("The view &quot;Unassigned parcels&quot; is saved.")));
		mvc.perform(as(colleague, get("/inquiries?" + query)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Unassigned parcels")))
			.andExpect(content()
				.string(containsString("class=\"badge rounded-pill text-bg-secondary saved-view-count\">1</span>")))
			.andExpect(content().string(containsString("id=\"save-view-form\"")));
		mvc.perform(as(colleague, get("/inquiries?view=team&sort=created")))
			.andExpect(content().string(containsString("name=\"query\" value=\"view=team&amp;sort=CREATED\"")));
		// the list swapped by a filter change has the shared fragment's tabs and leaves
		// the
		// saved views (and their counts) as they are
		mvc.perform(as(colleague, get("/inquiries?view=team")).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"queue-tabs\"")))
			.andExpect(content().string(not(containsString("Unassigned parcels"))))
			.andExpect(content().string(not(containsString("saved-views-bar"))));
	}

	@Test
	void aRefusedNameComesBackOnTheQueueWithTheReasonAndWhatWasTyped() throws Exception {
		views.save(CaseKind.INQUIRY, access.viewer(owner), "Mine", SavedViewVisibility.PERSONAL, params("view=mine"));

		MvcResult refused = mvc
			.perform(as(owner,
					post("/inquiries/views").with(csrf())
						.param("name", "mine")
						.param("visibility", "TEAM")
						.param("query", "view=team&priority=HIGH")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/inquiries?view=team&priority=HIGH"))
			.andReturn();
		mvc.perform(as(owner, get("/inquiries?view=team&priority=HIGH")).cookie(session(refused)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("You already have a view of this queue called &quot;mine&quot;.")))
			.andExpect(content().string(containsString("value=\"mine\"")))
			.andExpect(content().string(containsString("id=\"save-view\" name=\"saved-views-panel\" open")));

		for (String name : new String[] { "", "x".repeat(SavedViews.NAME_MAX + 1) }) {
			mvc.perform(
					as(owner, post("/inquiries/views").with(csrf()).param("name", name).param("query", "view=mine")))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/inquiries?view=mine"))
				.andExpect(flash().attributeExists("savedViewRefusal"));
		}
		// parameters the queue does not take come back to the queue's first view
		mvc.perform(as(owner, post("/inquiries/views").with(csrf()).param("name", "Odd").param("query", "view=odd")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/inquiries"));
		// a control character is refused at the edge, in the product's words
		mvc.perform(as(owner, post("/inquiries/views").with(csrf()).param("name", "Bell\u0007").param("query", "")))
			.andExpect(status().isBadRequest());
		mvc.perform(as(owner, post("/inquiries/views").with(csrf()).param("name", "Odd").param("visibility", "WORLD")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void withoutTheCsrfTokenNothingIsSaved() throws Exception {
		mvc.perform(as(owner, post("/inquiries/views").param("name", "Forged").param("query", "view=mine")))
			.andExpect(status().isForbidden());
		assertThat(views.menu(CaseKind.INQUIRY, access.viewer(owner))).isEmpty();
	}

	@Test
	void renameAndDeleteComeBackToTheQueueTheyWereSentFrom() throws Exception {
		long id = views
			.save(CaseKind.INQUIRY, access.viewer(owner), "Old name", SavedViewVisibility.TEAM, params("view=team"))
			.id();
		views.save(CaseKind.INQUIRY, access.viewer(owner), "Taken", SavedViewVisibility.PERSONAL, params("view=mine"));

		MvcResult refused = mvc
			.perform(as(owner,
					post("/inquiries/views/" + id + "/rename").with(csrf())
						.param("name", "Taken")
						.param("back", "/inquiries?view=unassigned")))
			.andExpect(redirectedUrl("/inquiries?view=unassigned"))
			.andReturn();
		mvc.perform(as(owner, get("/inquiries?view=unassigned")).cookie(session(refused)))
			.andExpect(content().string(containsString("id=\"saved-views\" name=\"saved-views-panel\" open")))
			.andExpect(content()
				.string(containsString("You already have a view of this queue called &quot;Taken&quot;.")));

		mvc.perform(as(owner,
				post("/inquiries/views/" + id + "/rename").with(csrf())
					.param("name", "New name")
					.param("back", "https://elsewhere.example/")))
			.andExpect(redirectedUrl("/inquiries"))
			.andExpect(flash().attribute("flashSuccess", "views.renamed"));
		mvc.perform(as(owner, get("/inquiries/views/" + id))).andExpect(redirectedUrl("/inquiries?view=team"));
		mvc.perform(as(owner,
				post("/inquiries/views/" + id + "/delete").with(csrf()).param("back", "/inquiries?view=team")))
			.andExpect(redirectedUrl("/inquiries?view=team"))
			.andExpect(flash().attribute("flashArgument", "New name"));
		mvc.perform(as(owner, get("/inquiries/views/" + id))).andExpect(status().isNotFound());
	}

	@Test
	void anotherTeamsViewsAreNotFoundAndAColleaguesSharedViewIsNotTheirsToChange() throws Exception {
		long shared = views
			.save(CaseKind.INQUIRY, access.viewer(owner), "Shared", SavedViewVisibility.TEAM, params("view=team"))
			.id();
		long personal = views
			.save(CaseKind.INQUIRY, access.viewer(owner), "Personal", SavedViewVisibility.PERSONAL, params("view=mine"))
			.id();

		for (long id : new long[] { shared, personal }) {
			mvc.perform(as("agent", get("/inquiries/views/" + id))).andExpect(status().isNotFound());
			mvc.perform(as("agent", post("/inquiries/views/" + id + "/rename").with(csrf()).param("name", "Mine")))
				.andExpect(status().isNotFound());
			mvc.perform(as("agent", post("/inquiries/views/" + id + "/delete").with(csrf())))
				.andExpect(status().isNotFound());
			mvc.perform(as(owner, get("/complaints/views/" + id))).andExpect(status().isNotFound());
		}
		mvc.perform(as(colleague, get("/inquiries/views/" + personal))).andExpect(status().isNotFound());
		mvc.perform(as(colleague, get("/inquiries/views/" + shared))).andExpect(redirectedUrl("/inquiries?view=team"));
		mvc.perform(as(colleague, post("/inquiries/views/" + shared + "/rename").with(csrf()).param("name", "Mine")))
			.andExpect(status().isForbidden());
		mvc.perform(as(colleague, post("/inquiries/views/" + shared + "/delete").with(csrf())))
			.andExpect(status().isForbidden());
		mvc.perform(as(owner, get("/inquiries/views/not-a-number"))).andExpect(status().isBadRequest());
		mvc.perform(as("agent", get("/inquiries")))
			.andExpect(content().string(not(containsString("data-saved-view=\"" + shared + "\""))));
	}

	@Test
	void aSupervisorSavesAComplaintView() throws Exception {
		mvc.perform(as("supervisor",
				post("/complaints/views").with(csrf())
					.param("name", "Majors " + ClientMother.unique())
					.param("query", "view=at-risk&severity=MAJOR")))
			.andExpect(redirectedUrl("/complaints?view=at-risk&severity=MAJOR"));
		mvc.perform(as("supervisor", get("/complaints?view=at-risk&severity=MAJOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"tab-at_risk\"")))
			.andExpect(content().string(containsString("data-view=\"at-risk\"")))
			.andExpect(content().string(containsString("Majors ")));
	}

	private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
		RequestPostProcessor signedIn = user(staffDetails.loadUserByUsername(username));
		return request.with(signedIn);
	}

	/**
	 * The session of a response, which holds its flash attributes for the next request.
	 */
	private static Cookie session(MvcResult result) {
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).as("the session cookie of %s", result.getRequest().getRequestURI()).isNotNull();
		return session;
	}

	private static LinkedMultiValueMap<String, String> params(String query) {
		return new LinkedMultiValueMap<>(QueueQueries.decode(query));
	}

}
