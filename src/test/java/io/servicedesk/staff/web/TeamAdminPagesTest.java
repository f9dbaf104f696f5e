package io.servicedesk.staff.web;

import java.util.concurrent.atomic.AtomicInteger;

import io.servicedesk.staff.StaffProfile;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.TeamService;
import io.servicedesk.staff.TeamSummary;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.StaffMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The team pages: validation messages, renaming, appointing a lead, members, archiving
 * and restoring.
 */
@IntegrationTest
@WithUserDetails("admin")
class TeamAdminPagesTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	TeamService teamService;

	@Autowired
	StaffService staffService;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void aTeamNeedsAUniqueName() throws Exception {
		mvc.perform(post("/admin/teams").with(csrf()).param("name", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please fill in this field.")));
		mvc.perform(post("/admin/teams").with(csrf()).param("name", "x".repeat(101)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Too long: use at most 100 characters.")));
		mvc.perform(post("/admin/teams").with(csrf()).param("name", "logistics"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is already a team called Logistics.")));
	}

	@Test
	void aTeamIsAddedWithALeadAndShowsItsMembers() throws Exception {
		String name = unique("Accounts Desk");
		mvc.perform(post("/admin/teams").with(csrf()).param("name", name).param("lead", "supervisor"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "team.created"));
		TeamSummary team = teamService.teamNamed(name);
		assertThat(team.lead()).isEqualTo("supervisor");

		mvc.perform(get("/admin/teams"))
			.andExpect(content().string(allOf(containsString(name), containsString("Liis Tamm"))));
		mvc.perform(get("/admin/teams/" + teamService.idOf("Logistics")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jonas Becker")));
	}

	@Test
	void aDeactivatedPersonCannotBecomeLead() throws Exception {
		StaffProfile leaver = StaffMother.agent(staffService, passwordEncoder, "lead-leaver");
		staffService.deactivate(leaver.username(), "admin");
		TeamSummary team = teamService.create(unique("Lead Test"), null, "admin");

		mvc.perform(post("/admin/teams/" + team.id()).with(csrf())
			.param("name", team.name())
			.param("lead", leaver.username())
			.param("version", String.valueOf(team.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is deactivated and cannot lead a team.")));
	}

	@Test
	void renamingWithAStaleVersionIsRefusedAndKeepsTheInput() throws Exception {
		TeamSummary team = teamService.create(unique("Stale Team"), null, "admin");
		teamService.update(team.id(), team.name() + " v2", null, null, "admin");

		mvc.perform(post("/admin/teams/" + team.id()).with(csrf())
			.param("name", "My Rename")
			.param("version", String.valueOf(team.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("after you opened it"), containsString("My Rename"))));
	}

	@Test
	void archivingAndRestoringAreAuditedAndAnnounced() throws Exception {
		TeamSummary team = teamService.create(unique("Archive Me"), null, "admin");

		mvc.perform(post("/admin/teams/" + team.id() + "/archive").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "team.archived"));
		assertThat(teamService.team(team.id()).archived()).isTrue();
		mvc.perform(post("/admin/teams/" + team.id() + "/archive").with(csrf()))
			.andExpect(flash().attribute("flashError", "team.already-archived"));
		mvc.perform(post("/admin/teams/" + team.id() + "/restore").with(csrf()))
			.andExpect(flash().attribute("flashSuccess", "team.restored"));
		assertThat(teamService.team(team.id()).archived()).isFalse();
	}

	@Test
	void anUnknownTeamIs404() throws Exception {
		mvc.perform(get("/admin/teams/987654321")).andExpect(status().isNotFound());
	}

	private static String unique(String prefix) {
		return prefix + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 1_000_000;
	}

	@Test
	void theDemoTeamsHaveLeadsAndMembersFromTheFiveCountries() {
		TeamSummary accounts = teamService.teamNamed("Accounts");
		assertThat(accounts.lead()).isEqualTo("iliepina");
		assertThat(teamService.members(accounts.id())).extracting(StaffProfile::displayName)
			.contains("Magdalena Lewandowska", "Rasmus Kask", "Ieva Liepiņa");
		assertThat(teamService.teamNamed("Front Desk").lead()).isEqualTo("supervisor");
		assertThat(staffService.profile("gevans").active()).isFalse();
	}

}
