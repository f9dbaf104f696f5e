package io.servicedesk.security;

import io.servicedesk.staff.StaffProfile;
import io.servicedesk.staff.StaffService;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.StaffMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal API tokens: created on the profile page and shown once, stored hashed,
 * accepted as a bearer token on the API with the owner's role, refused once revoked or
 * when the owner is deactivated.
 */
@IntegrationTest
class ApiTokenTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffService staffService;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	StaffUserDetailsService userDetails;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aTokenCreatedOnTheProfilePageIsShownOnceStoredHashedAndWorksAsABearerToken() throws Exception {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "token");
		String token = createToken(person.username(), "CRM sync");

		assertThat(token).startsWith(ApiTokens.TOKEN_PREFIX).hasSizeGreaterThan(40);
		assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class,
				ApiTokens.hash(token)))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class, token))
			.isZero();

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(person.username()));

		mvc.perform(get("/profile").with(user(userDetails.loadUserByUsername(person.username()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CRM sync")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));
		assertThat(jdbc.queryForObject("select last_used_at is not null from api_token where token_hash = ?",
				Boolean.class, ApiTokens.hash(token)))
			.isTrue();
	}

	@Test
	void aTokenCarriesItsOwnersRole() throws Exception {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "token-role");
		String token = createToken(person.username(), "reports");

		mvc.perform(get("/api/v1/staff").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
	}

	@Test
	void aRevokedTokenIsRefusedWith401() throws Exception {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "token-revoke");
		String token = createToken(person.username(), "old script");
		Long id = jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class,
				ApiTokens.hash(token));

		mvc.perform(post("/profile/tokens/" + id + "/revoke").with(csrf())
			.with(user(userDetails.loadUserByUsername(person.username()))))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flashSuccess", "profile.token.revoked"));

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("revoked")));
	}

	@Test
	void somebodyElsesTokenCannotBeRevoked() throws Exception {
		StaffProfile owner = StaffMother.agent(staffService, passwordEncoder, "token-owner");
		String token = createToken(owner.username(), "mine");
		Long id = jdbc.queryForObject("select id from api_token where token_hash = ?", Long.class,
				ApiTokens.hash(token));

		mvc.perform(post("/profile/tokens/" + id + "/revoke").with(csrf())
			.with(user(userDetails.loadUserByUsername("agent2")))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
	}

	@Test
	void theTokenOfADeactivatedPersonIsRefused() throws Exception {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "token-leaver");
		String token = createToken(person.username(), "nightly export");

		staffService.deactivate(person.username(), "admin");

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void anUnknownOrMalformedTokenIsRefusedWith401() throws Exception {
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer sdt_not-a-real-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer ")).andExpect(status().isUnauthorized());
	}

	@Test
	void aTokenNeedsAName() throws Exception {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "token-name");
		mvc.perform(post("/profile/tokens").with(csrf())
			.with(user(userDetails.loadUserByUsername(person.username())))
			.param("name", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please fill in this field.")));
	}

	private String createToken(String username, String name) throws Exception {
		Object token = mvc
			.perform(post("/profile/tokens").with(csrf())
				.with(user(userDetails.loadUserByUsername(username)))
				.param("name", name))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("newToken");
		assertThat(token).isInstanceOf(String.class);
		return (String) token;
	}

}
