package io.servicedesk.casework.demo;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import io.servicedesk.sla.CaseKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the demo cases of the case modules in bulk: the case rows, their timelines and
 * their search text, once per kind of case, in one transaction that holds the case table
 * so two nodes starting together do not both seed. The case modules generate the cases
 * and write what only their kind has.
 */
@Component
public class DemoCases {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	DemoCases(JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	/**
	 * Runs {@code seed} with the ids of the clients, in one transaction, when there is no
	 * case of this kind yet and there are clients; returns whether it ran.
	 */
	public boolean seedOnce(CaseKind kind, Consumer<List<Long>> seed) {
		Boolean seeded = transaction.execute(status -> {
			jdbc.execute("lock table case_file in share row exclusive mode");
			Boolean empty = jdbc.queryForObject("select not exists (select 1 from case_file where kind = ?)",
					Boolean.class, kind.name());
			List<Long> clientIds = jdbc.queryForList("select id from client where erased_at is null order by id",
					Long.class);
			if (!Boolean.TRUE.equals(empty) || clientIds.isEmpty()) {
				return false;
			}
			seed.accept(clientIds);
			return true;
		});
		return Boolean.TRUE.equals(seeded);
	}

	/**
	 * Inserts the case rows and their timelines; returns the ids of the new rows by
	 * reference, for the rows of the case module.
	 */
	public Map<String, Long> insert(CaseKind kind, List<? extends DemoCase> cases) {
		List<Object[]> rows = new ArrayList<>();
		for (DemoCase d : cases) {
			rows.add(new Object[] { kind.name(), d.reference, d.status, d.active(), d.priority.name(), d.category,
					d.channel, d.subject, d.clientId, d.teamId, d.assignee, Timestamp.from(d.lastActivityAt), d.actor(),
					d.actor(), Timestamp.from(d.created), Timestamp.from(d.lastActivityAt) });
		}
		jdbc.batchUpdate("""
				insert into case_file (kind, reference, status, active, priority, category_code, channel, subject,
				  client_id, team_id, assignee, last_activity_at, created_by, updated_by, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		Map<String, Long> ids = new HashMap<>();
		jdbc.query("select id, reference from case_file where kind = ?", rs -> {
			ids.put(rs.getString(2), rs.getLong(1));
		}, kind.name());
		List<Object[]> entries = new ArrayList<>();
		for (DemoCase d : cases) {
			long id = ids.get(d.reference);
			for (DemoCase.Entry entry : d.entries) {
				entries.add(entry.row(id));
			}
		}
		jdbc.batchUpdate("insert into case_entry (case_id, kind, channel, body, detail, actor, occurred_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?)", entries);
		return ids;
	}

	/**
	 * Writes the search text of the cases of a kind: subject and messages, stemmed in
	 * each client's language.
	 */
	public void indexSearchText(CaseKind kind) {
		jdbc.update("""
				update case_file c set search_config = case_search_config(cl.preferred_language),
				  search_vector = case_search_vector(case_search_config(cl.preferred_language),
				    c.subject || ' ' || coalesce(m.bodies, ''))
				from client cl, (select case_id, string_agg(body, ' ') as bodies from case_entry
				                 where body is not null group by case_id) m
				where c.kind = ? and cl.id = c.client_id and m.case_id = c.id""", kind.name());
	}

	/**
	 * A random instant between {@code minMinutes} and {@code maxMinutes} after
	 * {@code after}, but never after {@code notAfter}.
	 */
	public static Instant later(Random random, Instant after, Instant notAfter, int minMinutes, int maxMinutes) {
		Instant at = after.plus(Duration.ofMinutes(minMinutes + random.nextInt(maxMinutes - minMinutes + 1)));
		return at.isAfter(notAfter) ? notAfter.minusSeconds(1 + random.nextInt(60)) : at;
	}

	public static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	@SafeVarargs
	public static <T> T pick(Random random, T... values) {
		return values[random.nextInt(values.length)];
	}

}
