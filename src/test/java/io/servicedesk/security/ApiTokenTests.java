package io.servicedesk.security;

import io.servicedesk.staff.Role;
import io.servicedesk.staff.StaffChanges;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
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

	@Test
	void tokensEndWhenAnAdministratorResetsThePasswordChangesTheRoleOrDeactivates() throws Exception {
		StaffProfile reset = StaffMother.agent(staffService, passwordEncoder, "token-reset");
		StaffProfile promoted = StaffMother.agent(staffService, passwordEncoder, "token-promoted");
		StaffProfile leaver = StaffMother.agent(staffService, passwordEncoder, "token-gone");
		String resetToken = createToken(reset.username(), "a");
		String promotedToken = createToken(promoted.username(), "b");
		String leaverToken = createToken(leaver.username(), "c");

		staffService.resetPassword(reset.username(), "a fresh temporary secret", "admin");
		staffService.update(promoted.username(),
				StaffChanges.from(staffService.profile(promoted.username())).withRole(Role.SUPERVISOR), "admin");
		staffService.deactivate(leaver.username(), "admin");
		staffService.reactivate(leaver.username(), "admin");

		for (String token : new String[] { resetToken, promotedToken, leaverToken }) {
			mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
				.andExpect(status().isUnauthorized());
			assertThat(jdbc.queryForObject("select revoked_at is not null from api_token where token_hash = ?",
					Boolean.class, ApiTokens.hash(token)))
				.isTrue();
		}
	}

	@Test
	void aTokenEndsWhenItExpiresAndCannotOutliveTheMaximum() throws Exception {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "token-expiry");
		String token = createToken(person.username(), "short", "7", false);
		assertThat(jdbc.queryForObject(
				"select expires_at between now() + interval '6 days' and now() + interval '8 days' from api_token where token_hash = ?",
				Boolean.class, ApiTokens.hash(token)))
			.isTrue();

		jdbc.update("update api_token set expires_at = now() - interval '1 minute' where token_hash = ?",
				ApiTokens.hash(token));

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		mvc.perform(post("/profile/tokens").with(csrf())
			.with(user(userDetails.loadUserByUsername(person.username())))
			.param("name", "forever")
			.param("validDays", "3650"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a validity of 1 to 90 days.")));
	}

	@Test
	void aReadOnlyTokenReadsButChangesNothing() throws Exception {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "token-reader");
		String token = createToken(person.username(), "dashboard", "30", true);

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/clients").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\": \"INDIVIDUAL\", \"name\": \"Read Only\", \"preferredLanguage\": \"en\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("may only read")));
	}

	@Test
	void httpBasicWithATemporaryPasswordIsRefusedUntilItIsChanged() throws Exception {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "temporary");
		staffService.resetPassword(person.username(), "a temporary secret here", "admin");

		mvc.perform(get("/api/v1/me").with(httpBasic(person.username(), "a temporary secret here")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("temporary")));

		staffService.changeOwnPassword(person.username(), "a temporary secret here", "my very own passphrase");

		mvc.perform(get("/api/v1/me").with(httpBasic(person.username(), "my very own passphrase")))
			.andExpect(status().isOk());
	}

	private String createToken(String username, String name) throws Exception {
		return createToken(username, name, "90", false);
	}

	private String createToken(String username, String name, String days, boolean readOnly) throws Exception {
		Object token = mvc
			.perform(post("/profile/tokens").with(csrf())
				.with(user(userDetails.loadUserByUsername(username)))
				.param("name", name)
				.param("validDays", days)
				.param("readOnly", String.valueOf(readOnly)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getFlashMap()
			.get("newToken");
		assertThat(token).isInstanceOf(String.class);
		return (String) token;
	}

}
