package io.servicedesk.casework;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The presence cleanup removes the rows of pages closed minutes ago and keeps those of
 * the people looking at a case now.
 */
@IntegrationTest
class CasePresenceCleanupTests {

	@Autowired
	CasePresence presence;

	@Autowired
	JdbcClient jdbc;

	@Test
	void rowsOlderThanTheKeptTimeAreDeletedAndFreshOnesStay() {
		long caseId = jdbc.sql("select min(id) from case_file").query(Long.class).single();
		Instant now = Instant.now();
		seen(caseId, "cleanup-gone", now.minus(CasePresence.KEPT).minus(Duration.ofMinutes(1)));
		seen(caseId, "cleanup-long-gone", now.minus(Duration.ofDays(3)));
		seen(caseId, "cleanup-here", now.minusSeconds(5));

		assertThat(presence.removeStale()).isGreaterThanOrEqualTo(2);

		assertThat(jdbc.sql("select username from case_presence where username like 'cleanup-%'")
			.query(String.class)
			.list()).containsExactly("cleanup-here");
	}

	private void seen(long caseId, String username, Instant at) {
		jdbc.sql("insert into case_presence (case_id, username, display_name, seen_at) values (:case, :username, "
				+ ":username, :at)")
			.param("case", caseId)
			.param("username", username)
			.param("at", Timestamp.from(at))
			.update();
	}

}
