package io.servicedesk.staff.web;

import java.util.concurrent.atomic.AtomicInteger;

import io.servicedesk.staff.StaffProfile;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.TeamService;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.StaffMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/staff} and {@code /api/v1/teams}: status codes and problem bodies.
 */
@IntegrationTest
class StaffApiTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffService staffService;

	@Autowired
	TeamService teamService;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void creatingAPersonAnswers201WithLocationAndTheirTemporaryPasswordMustBeChanged() throws Exception {
		String username = unique("api.hire").replace(" ", "-");
		mvc.perform(post("/api/v1/staff").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "%s", "displayName": "Rūta Bērziņa", "role": "AGENT", "language": "LV",
					 "temporaryPassword": "welcome to the desk"}
					""".formatted(username)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/staff/" + username))
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.locale").value("lv"))
			.andExpect(jsonPath("$.mustChangePassword").value(true));

		mvc.perform(get("/api/v1/staff/" + username).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("Rūta Bērziņa"));
	}

	@Test
	void anInvalidPersonAnswers400WithEveryFieldError() throws Exception {
		mvc.perform(post("/api/v1/staff").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"username": "", "displayName": "X", "email": "nope", "role": "AGENT", "temporaryPassword": "qwerty123456"}
							"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("username")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("email")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("language")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("temporaryPassword")))
			.andExpect(jsonPath("$.errors[?(@.field == 'temporaryPassword')].message")
				.value(hasItem("This password is too common or too simple; choose another one.")));
	}

	@Test
	void anUnknownRoleIsABadRequest() throws Exception {
		mvc.perform(post("/api/v1/staff").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"someone\", \"role\": \"EMPEROR\"}")).andExpect(status().isBadRequest());
	}

	@Test
	void aTakenUsernameIsRefusedWith422() throws Exception {
		mvc.perform(post("/api/v1/staff").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "agent", "displayName": "Copy", "role": "AGENT", "language": "EN",
					 "temporaryPassword": "welcome to the desk"}
					"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("The username agent is already taken."));
	}

	@Test
	void nonAdministratorsGet403() throws Exception {
		mvc.perform(get("/api/v1/staff").with(httpBasic("supervisor", "demo"))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/teams").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Sneaky\"}")).andExpect(status().isForbidden());
		mvc.perform(patch("/api/v1/staff/agent").with(httpBasic("agent", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\": \"ADMIN\"}")).andExpect(status().isForbidden());
	}

	@Test
	void anUnknownPersonIs404() throws Exception {
		mvc.perform(get("/api/v1/staff/nobody-here").with(httpBasic("admin", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void deactivatingTwiceIs409AndReactivatingWorks() throws Exception {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "api-leaver");
		String path = "/api/v1/staff/" + person.username();
		mvc.perform(post(path + "/deactivate").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false));
		mvc.perform(post(path + "/deactivate").with(httpBasic("admin", "demo")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post(path + "/reactivate").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(true));
	}

	@Test
	void patchChangesOnlyTheGivenFieldsAndAStaleVersionIs409() throws Exception {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "api-edit");
		String path = "/api/v1/staff/" + person.username();
		mvc.perform(patch(path).with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\": \"SUPERVISOR\", \"language\": \"ET\", \"version\": " + person.version() + "}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("SUPERVISOR"))
			.andExpect(jsonPath("$.locale").value("et"))
			.andExpect(jsonPath("$.team").value("Logistics"));
		mvc.perform(patch(path).with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\": \"AGENT\", \"version\": " + person.version() + "}")).andExpect(status().isConflict());
		assertThat(staffService.profile(person.username()).role().name()).isEqualTo("SUPERVISOR");
	}

	@Test
	void aWeakResetPasswordIs400AndAGoodOneDemandsAChange() throws Exception {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "api-reset");
		String path = "/api/v1/staff/" + person.username() + "/reset-password";
		mvc.perform(post(path).with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"temporaryPassword\": \"short\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("temporaryPassword"));
		mvc.perform(post(path).with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"temporaryPassword\": \"another fine start\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mustChangePassword").value(true));
	}

	@Test
	void theListIsKeysetPaginatedByUsername() throws Exception {
		mvc.perform(get("/api/v1/staff").param("limit", "2").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.next").isString());
		mvc.perform(get("/api/v1/staff").param("q", "agent2").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].username").value("agent2"))
			.andExpect(jsonPath("$.next").doesNotExist());
		mvc.perform(get("/api/v1/staff").param("limit", "0").with(httpBasic("admin", "demo")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void teamsAreCreatedRenamedGivenALeadAndArchivedThroughTheApi() throws Exception {
		String name = unique("Api Team");
		mvc.perform(post("/api/v1/teams").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"" + name + "\", \"lead\": \"supervisor\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/teams/" + name.replace(" ", "%20")))
			.andExpect(jsonPath("$.lead").value("supervisor"));
		mvc.perform(post("/api/v1/teams").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"" + name.toUpperCase() + "\"}")).andExpect(status().isUnprocessableContent());
		mvc.perform(post("/api/v1/teams").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));

		String renamed = name + " Renamed";
		mvc.perform(patch("/api/v1/teams/" + name).with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"" + renamed + "\", \"archived\": true}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(renamed))
			.andExpect(jsonPath("$.archived").value(true));
		mvc.perform(get("/api/v1/teams/" + name).with(httpBasic("admin", "demo"))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/teams").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name").value(hasItem(renamed)));
	}

	@Test
	void nobodyJoinsAnArchivedTeamThroughTheApi() throws Exception {
		String team = teamService.create(unique("Closed Desk"), null, "admin").name();
		teamService.archive(teamService.idOf(team), "admin");
		mvc.perform(patch("/api/v1/staff/agent2").with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"team\": \"" + team + "\"}")).andExpect(status().isUnprocessableContent());
		assertThat(staffService.profile("agent2").team()).isEqualTo("Logistics");
	}

	private static String unique(String prefix) {
		return prefix + " " + SEQUENCE.incrementAndGet() + System.nanoTime() % 1_000_000;
	}

}
