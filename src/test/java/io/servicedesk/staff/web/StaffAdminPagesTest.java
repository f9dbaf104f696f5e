package io.servicedesk.staff.web;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.staff.Role;
import io.servicedesk.staff.StaffProfile;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.TeamService;
import io.servicedesk.support.HttpSession;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.StaffMother;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff administration pages: who may open them, the list and its filters, adding and
 * editing a person with the validation messages next to the fields, deactivation that
 * ends sessions at once, and password resets.
 */
@IntegrationTest
class StaffAdminPagesTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffService staffService;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AuditLog auditLog;

	@Autowired
	TeamService teamService;

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(
			strings = { "/admin/staff", "/admin/staff/new", "/admin/staff/agent", "/admin/teams", "/admin/teams/new" })
	@WithUserDetails("supervisor")
	void nonAdministratorsGet403(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("agent")
	void anAgentCannotPostToTheAdministration() throws Exception {
		mvc.perform(post("/admin/staff/agent2/deactivate").with(csrf())).andExpect(status().isForbidden());
		assertThat(staffService.profile("agent2").active()).isTrue();
	}

	@Test
	@WithUserDetails("admin")
	void theListFiltersByTextRoleTeamAndState() throws Exception {
		mvc.perform(get("/admin/staff").param("q", "kowalska"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Anna Kowalska"), not(containsString("Jonas Becker")))));
		mvc.perform(get("/admin/staff").param("role", "SUPERVISOR").param("team", "Front Desk").param("active", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Liis Tamm"), not(containsString("Anna Kowalska")))));
	}

	@Test
	@WithUserDetails("admin")
	void theHtmxVariantAnswersOnlyTheResults() throws Exception {
		mvc.perform(get("/admin/staff").param("q", "becker").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Jonas Becker"), containsString("id=\"staff-results\""),
					not(containsString("<nav class=\"navbar")))));
	}

	@Test
	@WithUserDetails("admin")
	void anUnknownRoleFilterIsABadRequestNotAServerError() throws Exception {
		mvc.perform(get("/admin/staff").param("role", "EMPEROR")).andExpect(status().isBadRequest());
	}

	@Test
	@WithUserDetails("admin")
	void addingAPersonShowsEveryProblemNextToItsFieldAndKeepsTheInput() throws Exception {
		mvc.perform(post("/admin/staff").with(csrf())
			.param("username", "bad name!")
			.param("displayName", "")
			.param("email", "not-an-address")
			.param("role", "AGENT")
			.param("language", "PL")
			.param("temporaryPassword", "password1234"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Use 2 to 64 letters, digits"),
					containsString("Please fill in this field."), containsString("This is not a valid e-mail address."),
					containsString("This password is too common"), containsString("value=\"bad name!\""))));
	}

	@Test
	@WithUserDetails("admin")
	void aShortTemporaryPasswordAndATakenUsernameAreExplained() throws Exception {
		mvc.perform(post("/admin/staff").with(csrf())
			.param("username", "agent")
			.param("displayName", "Someone")
			.param("role", "AGENT")
			.param("language", "EN")
			.param("temporaryPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use at least 12 characters.")));
		mvc.perform(post("/admin/staff").with(csrf())
			.param("username", "agent")
			.param("displayName", "Someone")
			.param("role", "AGENT")
			.param("language", "EN")
			.param("temporaryPassword", "a fine temporary one"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The username agent is already taken.")));
	}

	@Test
	@WithUserDetails("admin")
	void validationMessagesFollowTheInterfaceLanguage() throws Exception {
		mvc.perform(post("/admin/staff").with(csrf())
			.cookie(new jakarta.servlet.http.Cookie("SD_LANG", "pl"))
			.param("username", "x")
			.param("displayName", "")
			.param("role", "AGENT")
			.param("language", "EN")
			.param("temporaryPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Uzupełnij to pole."),
					containsString("Hasło musi mieć co najmniej 12 znaków."))));
	}

	@Test
	@WithUserDetails("admin")
	void anAdministratorAddsAPersonWhoMustChangeThePasswordAndTheChangeIsAudited() throws Exception {
		String username = "new.hire" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		String team = newTeam();
		mvc.perform(post("/admin/staff").with(csrf())
			.param("username", username)
			.param("displayName", "Kristiina Kask")
			.param("email", "kristiina@example.com")
			.param("role", "SUPERVISOR")
			.param("team", team)
			.param("language", "ET")
			.param("temporaryPassword", "first day at the desk"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/staff/" + username))
			.andExpect(flash().attribute("flashSuccess", "staff.created"));

		StaffProfile created = staffService.profile(username);
		assertThat(created.role()).isEqualTo(Role.SUPERVISOR);
		assertThat(created.team()).isEqualTo(team);
		assertThat(created.mustChangePassword()).isTrue();
		assertThat(auditLog.latestFor(username)).anySatisfy(entry -> {
			assertThat(entry.getAction()).isEqualTo("staff.created");
			assertThat(entry.getActor()).isEqualTo("admin");
			assertThat(entry.getAfter()).contains("role=SUPERVISOR", "team=" + team);
		});
		mvc.perform(get("/admin/staff/" + username))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kristiina Kask"), containsString("staff.created"))));
	}

	@Test
	@WithUserDetails("admin")
	void editingChangesRoleTeamAndLanguageAndAuditsBeforeAndAfter() throws Exception {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "edit");
		String team = newTeam();
		mvc.perform(post("/admin/staff/" + person.username()).with(csrf())
			.param("version", String.valueOf(person.version()))
			.param("displayName", "Edited Name")
			.param("role", "SUPERVISOR")
			.param("team", team)
			.param("language", "DE"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "staff.updated"));

		StaffProfile edited = staffService.profile(person.username());
		assertThat(edited.role()).isEqualTo(Role.SUPERVISOR);
		assertThat(edited.team()).isEqualTo(team);
		assertThat(edited.language().tag()).isEqualTo("de");
		assertThat(auditLog.latestFor(person.username())).anySatisfy(entry -> {
			assertThat(entry.getAction()).isEqualTo("staff.updated");
			assertThat(entry.getBefore()).contains("role=AGENT", "team=Logistics");
			assertThat(entry.getAfter()).contains("role=SUPERVISOR", "team=" + team, "language=de");
		});
	}

	@Test
	@WithUserDetails("admin")
	void anEditOfAStaleVersionIsRefusedAndKeepsTheInput() throws Exception {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "stale");
		mvc.perform(post("/admin/staff/" + person.username()).with(csrf())
			.param("version", String.valueOf(person.version() - 1))
			.param("displayName", "My Unsaved Name")
			.param("role", "AGENT")
			.param("language", "EN"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("changed " + person.username() + " after you opened it"),
					containsString("My Unsaved Name"))));
	}

	@Test
	@WithUserDetails("admin")
	void anAdministratorCannotDeactivateThemselves() throws Exception {
		mvc.perform(post("/admin/staff/admin/deactivate").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashError", "staff.deactivate-self"));
		assertThat(staffService.profile("admin").active()).isTrue();
	}

	@Test
	@WithUserDetails("admin")
	void anUnknownPersonIs404() throws Exception {
		mvc.perform(get("/admin/staff/nobody-by-this-name")).andExpect(status().isNotFound());
	}

	@Test
	void deactivationEndsThePersonsSessionsAtOnceAndReactivationLetsThemBackIn() throws Exception {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "session");
		HttpSession browser = new HttpSession(port);
		browser.signIn(person.username(), StaffMother.PASSWORD);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);

		staffService.deactivate(person.username(), "admin");

		HttpResponse<String> afterwards = browser.get("/");
		assertThat(afterwards.statusCode()).isEqualTo(302);
		assertThat(afterwards.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
		assertThat(auditLog.latestFor(person.username()))
			.anySatisfy(entry -> assertThat(entry.getAction()).isEqualTo("security.sign-in"));

		staffService.reactivate(person.username(), "admin");
		HttpSession again = new HttpSession(port);
		again.signIn(person.username(), StaffMother.PASSWORD);
		assertThat(again.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	@WithUserDetails("admin")
	void aPasswordResetDemandsANewPasswordAtTheNextSignIn() throws Exception {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "reset");
		mvc.perform(post("/admin/staff/" + person.username() + "/reset-password").with(csrf())
			.param("temporaryPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Use at least 12 characters.")));

		mvc.perform(post("/admin/staff/" + person.username() + "/reset-password").with(csrf())
			.param("temporaryPassword", "a brand new temporary"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "staff.password-reset"));

		assertThat(staffService.profile(person.username()).mustChangePassword()).isTrue();
		HttpSession browser = new HttpSession(port);
		browser.signIn(person.username(), "a brand new temporary");
		HttpResponse<String> home = browser.get("/");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/profile/password"));
	}

	private String newTeam() {
		return teamService
			.create("Desk " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000, null, "admin")
			.name();
	}

}
