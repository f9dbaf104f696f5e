package io.servicedesk.security;

import java.net.http.HttpResponse;

import io.servicedesk.audit.AuditEntry;
import io.servicedesk.audit.AuditLog;
import io.servicedesk.staff.StaffProfile;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.HttpSession;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.StaffMother;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in through our own form, as a browser does: landing pages per role, the
 * language of the staff member, session renewal, throttling of failed attempts,
 * deactivated staff, and the audit trail.
 */
@IntegrationTest
class SignInTests {

	@LocalServerPort
	int port;

	@Autowired
	StaffService staffService;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@CsvSource({ "agent, Anna Kowalska, inquiries|complaints|clients|orders, reports|admin",
			"supervisor, Liis Tamm, inquiries|complaints|clients|orders|reports, admin",
			"admin, Mārtiņš Ozols, inquiries|complaints|clients|orders|reports|admin, ''" })
	void eachDemoRoleLandsOnItsHomeWithTheNavigationItMayUse(String username, String name, String visible,
			String hidden) {
		HttpSession browser = new HttpSession(port);

		HttpResponse<String> signIn = browser.signIn(username, "demo");
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/");

		String home = browser.get("/").body();
		assertThat(home).contains("Welcome, " + name);
		for (String section : visible.split("\\|")) {
			assertThat(home).contains("data-nav=\"" + section + "\"");
		}
		for (String section : hidden.isEmpty() ? new String[0] : hidden.split("\\|")) {
			assertThat(home).doesNotContain("data-nav=\"" + section + "\"");
		}
	}

	@Test
	void theInterfaceSpeaksTheLanguageTheStaffMemberChose() {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "german", SupportedLanguage.DE);
		HttpSession browser = new HttpSession(port);

		browser.signIn(person.username(), StaffMother.PASSWORD);

		assertThat(browser.cookie("SD_LANG")).hasValue("de");
		String home = browser.get("/").body();
		assertThat(home).contains("Willkommen, " + person.displayName())
			.contains(">Anfragen<")
			.contains("Sachbearbeiter");
	}

	@Test
	void theSessionIdIsRenewedAtSignIn() {
		HttpSession browser = new HttpSession(port);
		browser.get("/login");
		String before = browser.cookie("SESSION").orElseThrow();

		browser.signIn("agent", "demo");

		assertThat(browser.cookie("SESSION")).isPresent().get().isNotEqualTo(before);
	}

	@Test
	void fiveWrongPasswordsMakeTheUsernameWaitEvenForTheRightOne() {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "throttled");
		HttpSession browser = new HttpSession(port);
		for (int attempt = 1; attempt <= 6; attempt++) {
			browser.signIn(person.username(), "wrong password " + attempt);
		}

		HttpResponse<String> rightPassword = browser.signIn(person.username(), StaffMother.PASSWORD);

		assertThat(rightPassword.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
		assertThat(browser.get("/login?error").body())
			.contains("Too many failed sign-ins for this username. Try again in 1 min.");
		assertThat(auditLog.latestFor(person.username())).extracting(AuditEntry::getAction)
			.contains("security.sign-in-failed", "security.sign-in-throttled");
	}

	@Test
	void eachFurtherFailureDoublesTheWaitUpToTheLockout() {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "doubling");
		HttpSession browser = new HttpSession(port);
		for (int attempt = 1; attempt <= 5; attempt++) {
			browser.signIn(person.username(), "wrong " + attempt);
		}
		assertThat(secondsToWait(person.username())).isBetween(50L, 60L);

		for (long expected : new long[] { 120, 240, 480, 900, 900 }) {
			jdbc.update("update sign_in_throttle set locked_until = null where username = ?", person.username());
			browser.signIn(person.username(), "still wrong");
			assertThat(secondsToWait(person.username())).isBetween(expected - 10, expected);
		}
	}

	private long secondsToWait(String username) {
		return jdbc.queryForObject(
				"select cast(extract(epoch from locked_until - now()) as bigint) from sign_in_throttle where username = ?",
				Long.class, username);
	}

	@Test
	void aSuccessfulSignInClearsTheFailureCount() {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "forgetful");
		HttpSession browser = new HttpSession(port);
		for (int attempt = 1; attempt <= 4; attempt++) {
			browser.signIn(person.username(), "wrong");
		}
		assertThat(browser.signIn(person.username(), StaffMother.PASSWORD).headers().firstValue("Location"))
			.hasValue("http://localhost:" + port + "/");

		HttpSession later = new HttpSession(port);
		for (int attempt = 1; attempt <= 4; attempt++) {
			later.signIn(person.username(), "wrong again");
		}

		assertThat(later.signIn(person.username(), StaffMother.PASSWORD).headers().firstValue("Location"))
			.hasValue("http://localhost:" + port + "/");
	}

	@Test
	void aWrongPasswordIsRefusedWithAClearMessageAndAudited() {
		HttpSession browser = new HttpSession(port);
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "typo");

		browser.signIn(person.username(), "not the password");

		assertThat(browser.get("/login?error").body()).contains("Wrong username or password.");
		assertThat(auditLog.latestFor(person.username())).extracting(AuditEntry::getAction)
			.contains("security.sign-in-failed");
	}

	@Test
	void aUsernameLongerThanAnyStaffMemberHasIsRefusedLikeAWrongPasswordAndAudited() {
		String tooLong = "x".repeat(65) + System.nanoTime();
		HttpSession browser = new HttpSession(port);

		HttpResponse<String> answer = browser.signIn(tooLong, "whatever");

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
		assertThat(browser.get("/login?error").body()).contains("Wrong username or password.");
		assertThat(auditLog.latestBy(tooLong.substring(0, 63) + "…")).extracting(AuditEntry::getAction)
			.contains("security.sign-in-failed");
		assertThat(new HttpSession(port).signIn("y".repeat(5000), "whatever").statusCode()).isEqualTo(302);
	}

	@Test
	void aSuccessfulSignInIsAudited() {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "audited");

		new HttpSession(port).signIn(person.username(), StaffMother.PASSWORD);

		assertThat(auditLog.latestFor(person.username())).extracting(AuditEntry::getAction)
			.contains("security.sign-in", "staff.created");
	}

	@Test
	void deactivatedStaffCannotSignIn() {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "leaver");
		jdbc.update("update staff set active = false where username = ?", person.username());
		HttpSession browser = new HttpSession(port);

		HttpResponse<String> signIn = browser.signIn(person.username(), StaffMother.PASSWORD);

		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
		assertThat(browser.get("/login?error").body()).contains("This staff account is deactivated.");
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() {
		HttpSession browser = new HttpSession(port);

		HttpResponse<String> forged = browser.postForm("/login", "username", "agent", "password", "demo");

		assertThat(forged.statusCode()).isEqualTo(403);
	}

	@Test
	void signingOutEndsTheSession() {
		HttpSession browser = new HttpSession(port);
		browser.signIn("agent", "demo");
		String token = HttpSession.csrfToken(browser.get("/").body());

		HttpResponse<String> signOut = browser.postForm("/logout", "_csrf", token);

		assertThat(signOut.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?logout"));
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
		assertThat(browser.get("/login?logout").body()).contains("You have signed out.");
	}

}
