package io.servicedesk.web;

import io.servicedesk.staff.StaffProfile;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.StaffMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The page frame: our sign-in page, strict headers, the language switcher and the URL
 * rules per role.
 */
@IntegrationTest
class PageFrameTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffService staffService;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void theSignInPageIsOursAndCarriesStrictSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign in to the Service Desk")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void theSignInPageCanBeReadInEveryInterfaceLanguage() throws Exception {
		mvc.perform(get("/login").param("lang", "pl"))
			.andExpect(content().string(containsString("Zaloguj się do Service Desk")))
			.andExpect(cookie().value("SD_LANG", "pl"));
		mvc.perform(get("/login").param("lang", "lv"))
			.andExpect(content().string(containsString("Pieteikties Service Desk")));
		mvc.perform(get("/login").header("Accept-Language", "et-EE,et;q=0.9"))
			.andExpect(content().string(containsString("Logi Service Deski sisse")));
	}

	@Test
	void anUnknownLanguageFallsBackToEnglish() throws Exception {
		mvc.perform(get("/login").param("lang", "xx").header("Accept-Language", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign in to the Service Desk")))
			.andExpect(cookie().doesNotExist("SD_LANG"));
	}

	@Test
	void pagesNeedASignedInStaffMember() throws Exception {
		mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	@WithUserDetails("agent")
	void anAgentIsRefusedTheAdministrationWithA403InTheFrame() throws Exception {
		mvc.perform(get("/admin/staff").accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("agent")
	void anAgentIsRefusedTheReports() throws Exception {
		mvc.perform(get("/reports").accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
	}

	@Test
	@WithUserDetails("admin")
	void theAdministratorSeesTheAdministrationLinksOnTheHomePage() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name("home"))
			.andExpect(content().string(containsString("href=\"/admin/audit-log\"")))
			.andExpect(content().string(containsString("Administrator")));
	}

	@Test
	@WithUserDetails("agent")
	void theAgentHomeOffersNoAdministration() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/admin/audit-log\""))))
			.andExpect(content().string(containsString("Welcome, Anna Kowalska")));
	}

	@Test
	void theLanguageSwitcherSavesTheChoiceOnTheStaffRecord() throws Exception {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "polyglot");

		mvc.perform(post("/preferences/language").param("language", "et")
			.param("returnTo", "/clients?q=x")
			.with(user(person.username()).roles("AGENT"))
			.with(csrf())).andExpect(redirectedUrl("/clients?q=x")).andExpect(cookie().value("SD_LANG", "et"));

		assertThat(staffService.findProfile(person.username()).orElseThrow().language())
			.isEqualTo(SupportedLanguage.ET);
	}

	@Test
	void theLanguageSwitcherRefusesUnknownLanguagesAndForeignRedirects() throws Exception {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "cautious");

		mvc.perform(post("/preferences/language").param("language", "klingon")
			.param("returnTo", "//evil.example")
			.with(user(person.username()).roles("AGENT"))
			.with(csrf())).andExpect(redirectedUrl("/"));

		assertThat(staffService.findProfile(person.username()).orElseThrow().language())
			.isEqualTo(SupportedLanguage.EN);
	}

	@Test
	@WithUserDetails("agent")
	void theApiIsDescribedForSignedInStaff() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"/api/v1/me\"")))
			.andExpect(content().string(containsString("Service Desk API")));
		mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theApiDescriptionNeedsASignedInStaffMember() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void staticAssetsComeFromWebJarsWithoutSigningIn() throws Exception {
		mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
		mvc.perform(get("/assets/js/app.js")).andExpect(status().isOk());
	}

}
