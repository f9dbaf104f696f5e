package io.servicedesk.security;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import io.servicedesk.staff.StaffProfile;
import io.servicedesk.staff.StaffService;
import io.servicedesk.support.HttpSession;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.StaffMother;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions end: everywhere else when a person changes their own password or asks for it,
 * after the absolute lifetime however busy, and after the idle timeout even while a case
 * page keeps polling.
 */
@IntegrationTest
class SessionLifetimeTests {

	@LocalServerPort
	int port;

	@Autowired
	StaffService staffService;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void changingOnesOwnPasswordSignsOutTheOtherSessionsAndKeepsThisOne() {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "two-browsers");
		HttpSession laptop = new HttpSession(port);
		HttpSession phone = new HttpSession(port);
		laptop.signIn(person.username(), StaffMother.PASSWORD);
		phone.signIn(person.username(), StaffMother.PASSWORD);
		String token = HttpSession.csrfToken(laptop.get("/profile/password").body());

		laptop.postForm("/profile/password", "_csrf", token, "currentPassword", StaffMother.PASSWORD, "newPassword",
				"an entirely new passphrase", "confirmation", "an entirely new passphrase", "signOutElsewhere", "true");

		assertThat(laptop.get("/").statusCode()).isEqualTo(200);
		assertThat(phone.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void signingOutEverywhereElseEndsTheOtherSessions() {
		StaffProfile person = StaffMother.agent(staffService, passwordEncoder, "end-others");
		HttpSession desk = new HttpSession(port);
		HttpSession home = new HttpSession(port);
		desk.signIn(person.username(), StaffMother.PASSWORD);
		home.signIn(person.username(), StaffMother.PASSWORD);

		HttpResponse<String> ended = desk.postForm("/profile/sessions/end-others", "_csrf",
				HttpSession.csrfToken(desk.get("/profile").body()));

		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(desk.get("/profile").body()).contains("1 other sessions ended");
		assertThat(home.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void aSessionEndsAfterItsAbsoluteLifetimeHoweverActive() {
		HttpSession browser = new HttpSession(port);
		browser.signIn("agent", "demo");
		assertThat(browser.get("/").statusCode()).isEqualTo(200);

		jdbc.update("update spring_session set creation_time = creation_time - ? where session_id = ?",
				Duration.ofHours(13).toMillis(), sessionId(browser));

		HttpResponse<String> later = browser.get("/");
		assertThat(later.statusCode()).isEqualTo(302);
		assertThat(later.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
		assertThat(browser.get("/login?expired").body()).contains("Your session has ended.");
	}

	@Test
	void presencePollingNeitherCountsAsActivityNorKeepsAnIdleSessionAlive() throws Exception {
		HttpSession browser = new HttpSession(port);
		browser.signIn("agent", "demo");
		String reference = jdbc.queryForObject(
				"select c.reference from case_file c join staff s on s.team_id = c.team_id where s.username = 'agent' and c.kind = 'INQUIRY' limit 1",
				String.class);
		String token = HttpSession.csrfToken(browser.get("/inquiries/" + reference).body());

		setLastActivity(browser, Duration.ofHours(2));
		assertThat(browser.htmxPost("/inquiries/" + reference + "/presence", "_csrf", token).statusCode())
			.isEqualTo(200);
		assertThat(lastActivityAge(browser)).isGreaterThan(Duration.ofMinutes(119));

		setLastActivity(browser, Duration.ofHours(9));
		HttpResponse<String> poll = browser.htmxPost("/inquiries/" + reference + "/presence", "_csrf", token);
		assertThat(poll.statusCode()).isEqualTo(204);
		assertThat(poll.headers().firstValue("HX-Redirect")).hasValue("/login?expired");
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

	private void setLastActivity(HttpSession browser, Duration ago) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(System.currentTimeMillis() - ago.toMillis());
		}
		jdbc.update(
				"""
						insert into spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)
						select primary_id, ?, ? from spring_session where session_id = ?
						on conflict (session_primary_id, attribute_name) do update set attribute_bytes = excluded.attribute_bytes
						""",
				SessionLifetimeFilter.LAST_ACTIVITY, bytes.toByteArray(), sessionId(browser));
	}

	private Duration lastActivityAge(HttpSession browser) throws Exception {
		byte[] bytes = jdbc.queryForObject("""
				select a.attribute_bytes from spring_session_attributes a
				join spring_session s on s.primary_id = a.session_primary_id
				where s.session_id = ? and a.attribute_name = ?
				""", byte[].class, sessionId(browser), SessionLifetimeFilter.LAST_ACTIVITY);
		try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes))) {
			return Duration.ofMillis(System.currentTimeMillis() - (Long) in.readObject());
		}
	}

	private static String sessionId(HttpSession browser) {
		return new String(Base64.getDecoder().decode(browser.cookie("SESSION").orElseThrow()), StandardCharsets.UTF_8);
	}

}
