package io.servicedesk.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.servicedesk.support.HttpSession;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page view reads the session from the database but writes its row only when the
 * session changed or its stored last access is a minute old: the session still expires on
 * time, and a signed-in person's requests do not each update the row.
 */
@IntegrationTest
class SessionAccessWritesTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void requestsWithinAMinuteLeaveTheSessionRowAlone() {
		HttpSession browser = signedIn("agent");
		long stored = lastAccess(browser);
		long writes = rowWrites(browser);

		for (int i = 0; i < 3; i++) {
			assertThat(browser.get("/inquiries").statusCode()).isEqualTo(200);
		}

		assertThat(lastAccess(browser)).isEqualTo(stored);
		assertThat(rowWrites(browser)).isEqualTo(writes);
	}

	@Test
	void aLastAccessAMinuteOldIsWrittenAgainWithTheExpiry() {
		HttpSession browser = signedIn("agent2");
		long twoMinutesAgo = System.currentTimeMillis() - 120_000;
		jdbc.update("update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000 "
				+ "where session_id = ?", twoMinutesAgo, twoMinutesAgo, sessionId(browser));

		assertThat(browser.get("/inquiries").statusCode()).isEqualTo(200);

		long written = lastAccess(browser);
		assertThat(written).isGreaterThan(twoMinutesAgo + 60_000);
		Long expiry = jdbc.queryForObject(
				"select expiry_time - max_inactive_interval * 1000 from spring_session where session_id = ?",
				Long.class, sessionId(browser));
		assertThat(expiry).isEqualTo(written);
	}

	@Test
	void signingInAgainChangesTheIdAndTheRowFollows() {
		HttpSession browser = new HttpSession(port);
		browser.get("/login");
		String before = sessionId(browser);
		browser.signIn("supervisor", "demo");

		String after = sessionId(browser);
		assertThat(after).isNotEqualTo(before);
		assertThat(jdbc.queryForObject("select principal_name from spring_session where session_id = ?", String.class,
				after))
			.isEqualTo("supervisor");
		assertThat(browser.get("/inquiries").statusCode()).isEqualTo(200);
	}

	private HttpSession signedIn(String username) {
		HttpSession browser = new HttpSession(port);
		browser.signIn(username, "demo");
		assertThat(browser.get("/inquiries").statusCode()).isEqualTo(200);
		return browser;
	}

	private long lastAccess(HttpSession browser) {
		return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
				sessionId(browser));
	}

	/**
	 * Updates of the row so far, as PostgreSQL counts them (its tuple's transaction id
	 * moves on each).
	 */
	private long rowWrites(HttpSession browser) {
		return jdbc.queryForObject("select xmin::text::bigint from spring_session where session_id = ?", Long.class,
				sessionId(browser));
	}

	private static String sessionId(HttpSession browser) {
		String cookie = browser.cookie("SESSION").orElseThrow();
		return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
	}

}
