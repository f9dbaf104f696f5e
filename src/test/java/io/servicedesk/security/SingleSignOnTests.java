package io.servicedesk.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEObjectType;
import io.servicedesk.audit.AuditEntry;
import io.servicedesk.audit.AuditLog;
import io.servicedesk.staff.Role;
import io.servicedesk.staff.StaffChanges;
import io.servicedesk.staff.StaffProfile;
import io.servicedesk.staff.StaffService;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.StaffMother;
import io.servicedesk.support.TestIdentityProvider;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on through an OpenID Connect provider running in the test: the whole
 * authorization code flow over HTTP, as a browser follows it — the desk's redirect to the
 * provider, the provider's back with a code, the desk's exchange of the code for tokens.
 */
@IntegrationTest
class SingleSignOnTests {

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

	@Test
	void aStaffMemberIsFoundByTheirEmailAndGetsTheRoleOfTheirGroup() throws Exception {
		StaffProfile agent = StaffMother.agent(staffService, passwordEncoder, "sso");
		assertThat(staffService.profile(agent.username()).role()).isEqualTo(Role.AGENT);
		Browser browser = new Browser();

		HttpResponse<String> landed = browser.signInThroughProvider("subject-" + agent.username(),
				Map.of("email", agent.email().toUpperCase(), "roles", List.of("desk-supervisors", "staff")));

		assertThat(landed.statusCode()).isEqualTo(302);
		assertThat(landed.headers().firstValue("Location").orElseThrow()).isEqualTo(base() + "/");
		HttpResponse<String> home = browser.get(base() + "/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Welcome, " + agent.displayName());
		assertThat(browser.get(base() + "/reports").statusCode()).as("a supervisor now").isEqualTo(200);
		assertThat(staffService.profile(agent.username()).role()).isEqualTo(Role.SUPERVISOR);
		assertThat(jdbc.queryForObject("select subject from staff_sso_identity where staff_username = ?", String.class,
				agent.username()))
			.isEqualTo("subject-" + agent.username());

		// the identity is linked: a changed e-mail address still finds the person
		staffService.update(agent.username(),
				StaffChanges.from(staffService.profile(agent.username())).withEmail("moved@example.com"), "admin");
		Browser later = new Browser();
		later.signInThroughProvider("subject-" + agent.username(), Map.of("email", "someone-else@example.com"));
		assertThat(later.get(base() + "/").body()).contains("Welcome, " + agent.displayName());
		assertThat(auditLog.latestFor(agent.username())).extracting(AuditEntry::getAction).contains("staff.updated");
	}

	@Test
	void anUnknownPersonIsRefusedOnATranslatedPage() throws Exception {
		Browser browser = new Browser();

		HttpResponse<String> refused = browser.signInThroughProvider("nobody", Map.of("email", "stranger@example.com"));

		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login/sso-refused");
		HttpResponse<String> page = browser.get(base() + "/login/sso-refused");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("signed you in as stranger@example.com")
			.contains("has no active staff member of that identity");
		assertThat(browser.get(base() + "/").headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(auditLog.latestFor("stranger@example.com")).extracting(AuditEntry::getAction)
			.contains("security.sso-refused");
	}

	@Test
	void theSignInPageOffersTheProvider() throws Exception {
		String page = new Browser().get(base() + "/login").body();
		assertThat(page).contains("href=\"/oauth2/authorization/" + TestIdentityProvider.REGISTRATION + "\"")
			.contains("Sign in with Test identity provider");
	}

	private String base() {
		return "http://localhost:" + port;
	}

	/** A browser: cookies kept, redirects followed by the test, one step at a time. */
	private final class Browser {

		private final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		HttpResponse<String> get(String url) throws Exception {
			return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
		}

		/**
		 * Starts at the desk's link, lets the provider sign in the given subject with the
		 * given claims, and returns the desk's answer to the provider's redirect back.
		 */
		HttpResponse<String> signInThroughProvider(String subject, Map<String, Object> claims) throws Exception {
			TestIdentityProvider.server()
				.enqueueCallback(new DefaultOAuth2TokenCallback(TestIdentityProvider.REGISTRATION, subject,
						JOSEObjectType.JWT.getType(), List.of(TestIdentityProvider.CLIENT_ID), claims, 3600));
			HttpResponse<String> toProvider = get(
					base() + "/oauth2/authorization/" + TestIdentityProvider.REGISTRATION);
			assertThat(toProvider.statusCode()).isEqualTo(302);
			String authorize = toProvider.headers().firstValue("Location").orElseThrow();
			assertThat(authorize).startsWith(TestIdentityProvider.server().baseUrl().toString());
			HttpResponse<String> back = get(authorize);
			assertThat(back.statusCode()).isEqualTo(302);
			String callback = back.headers().firstValue("Location").orElseThrow();
			assertThat(callback).startsWith(base() + "/login/oauth2/code/" + TestIdentityProvider.REGISTRATION)
				.contains("code=");
			return get(callback);
		}

	}

}
