package io.servicedesk.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who else has a case open. Each open case page reports every few seconds; whoever
 * reported within {@link #FRESH} is there. Kept in the database, so it works whichever
 * node serves each person.
 */
@Service
public class CasePresence {

	public static final Duration FRESH = Duration.ofSeconds(20);

	/** How long a row nobody refreshes is kept before the cleanup removes it. */
	public static final Duration KEPT = Duration.ofMinutes(5);

	static final int CLEANUP_BATCH = 1000;

	private final JdbcClient jdbc;

	private final Clock clock;

	CasePresence(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records that the viewer has the case open and returns the display names of the
	 * others who have.
	 */
	@Transactional
	public List<String> here(long caseId, Viewer viewer) {
		Instant now = clock.instant();
		jdbc.sql("insert into case_presence (case_id, username, display_name, seen_at) "
				+ "values (:case, :username, :name, :now) on conflict (case_id, username) "
				+ "do update set seen_at = excluded.seen_at, display_name = excluded.display_name")
			.param("case", caseId)
			.param("username", viewer.username())
			.param("name", viewer.displayName())
			.param("now", Timestamp.from(now))
			.update();
		return others(caseId, viewer);
	}

	@Transactional(readOnly = true)
	public List<String> others(long caseId, Viewer viewer) {
		return jdbc
			.sql("select display_name from case_presence where case_id = :case and username <> :username "
					+ "and seen_at > :since order by display_name")
			.param("case", caseId)
			.param("username", viewer.username())
			.param("since", Timestamp.from(clock.instant().minus(FRESH)))
			.query(String.class)
			.list();
	}

	/**
	 * Deletes the rows not refreshed within {@link #KEPT}, batch by batch; returns how
	 * many. Safe with several nodes: each batch locks its rows with
	 * {@code FOR UPDATE SKIP LOCKED}, so two nodes never wait on each other and a row is
	 * deleted once; a page that reports again simply inserts its row anew.
	 */
	public int removeStale() {
		Timestamp cutoff = Timestamp.from(clock.instant().minus(KEPT));
		int total = 0;
		while (true) {
			int deleted = jdbc
				.sql("delete from case_presence where (case_id, username) in (select case_id, username "
						+ "from case_presence where seen_at < :cutoff order by seen_at limit :limit "
						+ "for update skip locked)")
				.param("cutoff", cutoff)
				.param("limit", CLEANUP_BATCH)
				.update();
			total += deleted;
			if (deleted < CLEANUP_BATCH) {
				return total;
			}
		}
	}

}
