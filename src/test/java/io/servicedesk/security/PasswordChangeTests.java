package io.servicedesk.security;

import java.net.http.HttpResponse;

import io.servicedesk.staff.NewStaffAccount;
import io.servicedesk.staff.Role;
import io.servicedesk.staff.StaffProfile;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.HttpSession;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.StaffMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A temporary password leads every page to the password change until the person has
 * chosen their own; the profile page changes password and language with the rules and
 * messages of the policy.
 */
@IntegrationTest
class PasswordChangeTests {

	@LocalServerPort
	int port;

	@Autowired
	StaffService staffService;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void aTemporaryPasswordMustBeReplacedBeforeAnythingElse() {
		String username = "temp-" + System.nanoTime() % 10_000_000;
		staffService.create(new NewStaffAccount(username, "Temporary Person", null, Role.AGENT, null,
				SupportedLanguage.EN, "given by the admin"), "admin");
		HttpSession browser = new HttpSession(port);
		browser.signIn(username, "given by the admin");

		HttpResponse<String> home = browser.get("/");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/profile/password");
		assertThat(browser.get("/profile").headers().firstValue("Location").orElseThrow())
			.endsWith("/profile/password");

		HttpResponse<String> page = browser.get("/profile/password");
		assertThat(page.body()).contains("You signed in with a temporary password.");
		String csrf = HttpSession.csrfToken(page.body());

		HttpResponse<String> mismatch = browser.postForm("/profile/password", "_csrf", csrf, "currentPassword",
				"given by the admin", "newPassword", "my very own phrase", "confirmation", "my very own phrase!");
		assertThat(mismatch.statusCode()).isEqualTo(200);
		assertThat(mismatch.body()).contains("The two new passwords are not the same.");

		HttpResponse<String> wrongCurrent = browser.postForm("/profile/password", "_csrf", csrf, "currentPassword",
				"not the one", "newPassword", "my very own phrase", "confirmation", "my very own phrase");
		assertThat(wrongCurrent.body()).contains("Your current password is not correct.");

		HttpResponse<String> tooShort = browser.postForm("/profile/password", "_csrf", csrf, "currentPassword",
				"given by the admin", "newPassword", "short", "confirmation", "short");
		assertThat(tooShort.body()).contains("Use at least 12 characters.");

		HttpResponse<String> changed = browser.postForm("/profile/password", "_csrf", csrf, "currentPassword",
				"given by the admin", "newPassword", "my very own phrase", "confirmation", "my very own phrase");
		assertThat(changed.statusCode()).isEqualTo(302);
		assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/");
		HttpResponse<String> homeAfter = browser.get("/");
		assertThat(homeAfter.statusCode()).isEqualTo(200);
		assertThat(homeAfter.body()).contains("Your password is changed.");
		assertThat(staffService.profile(username).mustChangePassword()).isFalse();

		HttpSession fresh = new HttpSession(port);
		fresh.signIn(username, "my very own phrase");
		assertThat(fresh.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void theProfilePageChangesTheLanguageAndLinksFromTheFrame() {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "profile");
		HttpSession browser = new HttpSession(port);
		browser.signIn(person.username(), StaffMother.PASSWORD);

		HttpResponse<String> home = browser.get("/");
		assertThat(home.body()).contains("id=\"profile-link\"", "href=\"/profile\"");
		HttpResponse<String> profile = browser.get("/profile");
		assertThat(profile.statusCode()).isEqualTo(200);
		assertThat(profile.body()).contains(person.displayName(), "Personal API tokens");

		HttpResponse<String> switched = browser.postForm("/profile/language", "_csrf",
				HttpSession.csrfToken(profile.body()), "language", "de");
		assertThat(switched.statusCode()).isEqualTo(302);
		assertThat(staffService.profile(person.username()).language()).isEqualTo(SupportedLanguage.DE);
		assertThat(browser.get("/profile").body()).contains("Ihr Profil");
	}

}
