package io.servicedesk.casework;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.servicedesk.client.ClientRef;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.InvalidCursorException;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.shared.Priority;
import io.servicedesk.sla.SlaState;
import io.servicedesk.staff.TeamDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case queues: one query on {@code case_file} per page, whose filter and order match
 * one of its queue indexes (V50__casework.sql), keyset-paginated; then one query each for
 * the names of the clients, teams and assignees on the page. Full-text search and an
 * exact reference match combine with every filter.
 */
@Service
public class CaseQueues {

	public static final int MAX_PAGE_SIZE = 100;

	private static final Pattern REFERENCE = Pattern.compile("^([A-Za-z]{2,4})-?0*(\\d{1,9})$");

	/**
	 * How far a search of the active cases walks the queue's order before it looks up the
	 * words' index.
	 */
	private static final int SEARCH_WALK = 2_000;

	private static final String COLUMNS = "select c.id, c.reference, c.subject, c.status, c.priority, "
			+ "c.category_code, c.channel, c.client_id, c.team_id, c.assignee, c.sla_due_at, c.sla_state, "
			+ "c.last_activity_at, c.created_at from case_file c ";

	private final JdbcClient jdbc;

	private final ClientService clients;

	private final TeamDirectory teams;

	CaseQueues(JdbcClient jdbc, ClientService clients, TeamDirectory teams) {
		this.jdbc = jdbc;
		this.clients = clients;
		this.teams = teams;
	}

	@Transactional(readOnly = true)
	public QueuePage page(CaseKind kind, Viewer viewer, QueueFilter filter, int limit, String after) {
		return page(kind, viewer, filter, QueueCondition.NONE, limit, after);
	}

	/** A page of a queue with a further condition of the case module. */
	@Transactional(readOnly = true)
	public QueuePage page(CaseKind kind, Viewer viewer, QueueFilter filter, QueueCondition condition, int limit,
			String after) {
		requireAccess(viewer, filter, condition);
		int size = Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
		PageQuery query = query(kind, viewer, filter, condition, size, after);
		List<Raw> rows = jdbc.sql(query.sql()).params(query.params()).query(CaseQueues::raw).list();
		if (query.fallback() != null && rows.size() <= size) {
			rows = jdbc.sql(query.fallback()).params(query.params()).query(CaseQueues::raw).list();
		}
		boolean more = rows.size() > size;
		List<Raw> page = more ? rows.subList(0, size) : rows;
		String next = null;
		if (more) {
			Raw last = page.get(size - 1);
			Instant at = switch (filter.sort()) {
				case SLA -> last.slaDueAt();
				case CREATED -> last.createdAt();
				case UPDATED -> last.lastActivityAt();
			};
			next = new Cursor(at, last.id()).encode();
		}
		return new QueuePage(named(page), next);
	}

	/**
	 * How many cases the queue shows in all, counted up to one more than {@code cap}: one
	 * statement on the same conditions as its pages, which stops at the cap, so a count
	 * never reads more of the queue's index than that.
	 */
	@Transactional(readOnly = true)
	public long count(CaseKind kind, Viewer viewer, QueueFilter filter, QueueCondition condition, int cap) {
		requireAccess(viewer, filter, condition);
		PageQuery count = countQuery(kind, viewer, filter, condition, cap);
		return jdbc.sql(count.sql()).params(count.params()).query(Long.class).single();
	}

	PageQuery countQuery(CaseKind kind, Viewer viewer, QueueFilter filter, QueueCondition condition, int cap) {
		Where found = where(kind, viewer, filter, condition);
		List<String> where = new ArrayList<>(found.clauses());
		if (found.words() != null) {
			where.add(found.words());
		}
		Map<String, Object> params = new HashMap<>(found.params());
		params.put("cap", Math.max(0, cap) + 1);
		return new PageQuery("select count(*) from (select 1 from case_file c where " + String.join(" and ", where)
				+ " limit :cap) capped", params);
	}

	private static void requireAccess(Viewer viewer, QueueFilter filter, QueueCondition condition) {
		if (filter.view() == QueueView.ALL && !viewer.supervisor() && !condition.scopedToViewer()) {
			throw new AccessDeniedException("Only supervisors see every team's cases");
		}
	}

	/**
	 * The SQL of a queue page (one row more than the page, to know whether there is a
	 * next one).
	 */
	PageQuery query(CaseKind kind, Viewer viewer, QueueFilter filter, QueueCondition condition, int size,
			String after) {
		Where found = where(kind, viewer, filter, condition);
		List<String> where = found.clauses();
		Map<String, Object> params = found.params();
		String words = found.words();
		Cursor cursor = Cursor.decode(after);
		String order = switch (filter.sort()) {
			case SLA -> {
				if (cursor != null && cursor.at() != null) {
					where.add("(c.sla_due_at > :afterAt or (c.sla_due_at = :afterAt and c.id > :afterId) "
							+ "or c.sla_due_at is null)");
				}
				else if (cursor != null) {
					where.add("(c.sla_due_at is null and c.id > :afterId)");
				}
				yield "c.sla_due_at asc nulls last, c.id asc";
			}
			case CREATED -> {
				if (cursor != null) {
					where.add("(c.created_at, c.id) < (:afterAt, :afterId)");
				}
				yield "c.created_at desc, c.id desc";
			}
			case UPDATED -> {
				if (cursor != null) {
					where.add("(c.last_activity_at, c.id) < (:afterAt, :afterId)");
				}
				yield "c.last_activity_at desc, c.id desc";
			}
		};
		if (cursor != null) {
			params.put("afterAt", cursor.at() == null ? null : Timestamp.from(cursor.at()));
			params.put("afterId", cursor.id());
		}
		params.put("limit", size + 1);
		if (words != null && filter.status() == null) {
			// A search of the active cases. The planner cannot tell how many of them hold
			// the words: walking the
			// queue's order and testing each case's words is quick for a common word but
			// reads every active case
			// for a word only closed cases hold; finding the matches on the index of the
			// active cases' words
			// (V53) and ordering them is quick for a rare word but orders thousands for a
			// common one. So the
			// page first walks a bounded stretch of the queue's order, and only where
			// that holds too few matches
			// are the matches found on the index.
			params.put("walk", SEARCH_WALK);
			String walked = COLUMNS.replace("from case_file c",
					"from (" + COLUMNS.replace("select ", "select c.search_vector, ") + "where "
							+ String.join(" and ", where) + " order by " + order + " limit :walk) c");
			where.add(words);
			return new PageQuery(walked + "where " + words + " order by " + order + " limit :limit", params,
					"with matched as materialized (" + COLUMNS + "where " + String.join(" and ", where)
							+ ") select * from matched c order by " + order + " limit :limit");
		}
		if (words != null) {
			where.add(words);
		}
		return new PageQuery(COLUMNS + "where " + String.join(" and ", where) + " order by " + order + " limit :limit",
				params, null);
	}

	/**
	 * The conditions of a queue's cases, apart from the full-text match of its words,
	 * which is returned on its own ({@code null} without words) because a page places it
	 * by the size of the search.
	 */
	private Where where(CaseKind kind, Viewer viewer, QueueFilter filter, QueueCondition condition) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		where.add("c.kind = :kind");
		params.put("kind", kind.name());
		switch (filter.view()) {
			case MINE -> {
				where.add("c.assignee = :me");
				params.put("me", viewer.username());
			}
			case TEAM -> {
				where.add("c.team_id = :team");
				params.put("team", viewer.teamId() == null ? -1L : viewer.teamId());
			}
			case UNASSIGNED -> {
				where.add("c.assignee is null");
				if (!viewer.supervisor()) {
					where.add("c.team_id = :team");
					params.put("team", viewer.teamId() == null ? -1L : viewer.teamId());
				}
			}
			case ALL -> {
			}
		}
		if (condition.sql() != null) {
			where.add("(" + condition.sql() + ")");
			params.putAll(condition.params());
		}
		if (filter.status() == null) {
			where.add("c.active");
		}
		else if (!QueueFilter.ANY_STATUS.equals(filter.status())) {
			where.add("c.status = :status");
			params.put("status", filter.status());
		}
		if (filter.priority() != null) {
			where.add("c.priority = :priority");
			params.put("priority", filter.priority().name());
		}
		if (filter.categoryCode() != null) {
			where.add("c.category_code = :category");
			params.put("category", filter.categoryCode());
		}
		if (filter.channel() != null) {
			where.add("c.channel = :channel");
			params.put("channel", filter.channel().name());
		}
		if (filter.slaState() != null) {
			where.add("c.sla_state = :slaState");
			params.put("slaState", filter.slaState().name());
		}
		if (filter.clientId() != null) {
			where.add("c.client_id = :client");
			params.put("client", filter.clientId());
		}
		String words = null;
		if (filter.text() != null) {
			String reference = asReference(filter.text());
			if (reference != null) {
				where.add("c.reference = :reference");
				params.put("reference", reference);
			}
			else {
				words = "c.search_vector @@ case_search_query(:text)";
				params.put("text", filter.text());
			}
		}
		return new Where(where, params, words);
	}

	private record Where(List<String> clauses, Map<String, Object> params, String words) {
	}

	/**
	 * A page's statement; {@code fallback}, where not {@code null}, is run instead when
	 * the statement finds no more than a page (a search that walks only part of the
	 * queue).
	 */
	record PageQuery(String sql, Map<String, Object> params, String fallback) {

		PageQuery(String sql, Map<String, Object> params) {
			this(sql, params, null);
		}

	}

	/** The number of active cases in each view the viewer has. */
	@Transactional(readOnly = true)
	public QueueCounts counts(CaseKind kind, Viewer viewer) {
		PageQuery counts = countsQuery(kind, viewer);
		return jdbc.sql(counts.sql())
			.params(counts.params())
			.query((rs, row) -> new QueueCounts(rs.getLong("mine"), rs.getLong("team"), rs.getLong("unassigned"),
					viewer.supervisor() ? rs.getLong("all_cases") : 0))
			.single();
	}

	/**
	 * The query behind {@link #counts}. A supervisor's counts come from the index
	 * {@code case_file_queue_counts} alone; an agent's are three counts, each on the
	 * index of its view, so they read only the agent's own and their team's cases.
	 */
	PageQuery countsQuery(CaseKind kind, Viewer viewer) {
		long team = viewer.teamId() == null ? -1L : viewer.teamId();
		Map<String, Object> params = Map.of("me", viewer.username(), "team", team, "kind", kind.name());
		if (viewer.supervisor()) {
			return new PageQuery("select count(*) filter (where assignee = :me) as mine, "
					+ "count(*) filter (where team_id = :team) as team, "
					+ "count(*) filter (where assignee is null) as unassigned, count(*) as all_cases "
					+ "from case_file where kind = :kind and active", params);
		}
		String active = "from case_file where kind = :kind and active and ";
		return new PageQuery("select (select count(*) " + active + "assignee = :me) as mine, (select count(*) " + active
				+ "team_id = :team) as team, (select count(*) " + active
				+ "assignee is null and team_id = :team) as unassigned, 0 as all_cases", params);
	}

	/** A client's active cases of a kind, newest first. */
	@Transactional(readOnly = true)
	public List<CaseHeadline> activeOf(CaseKind kind, long clientId) {
		return jdbc
			.sql("select reference, subject, status from case_file where client_id = :client and kind = :kind "
					+ "and active order by created_at desc limit 50")
			.param("client", clientId)
			.param("kind", kind.name())
			.query((rs, row) -> new CaseHeadline(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/**
	 * Every case of one kind of the client, open or not, newest first (for the
	 * personal-data export).
	 */
	@Transactional(readOnly = true)
	public List<CaseHeadline> allOf(CaseKind kind, long clientId) {
		return jdbc
			.sql("select reference, subject, status from case_file where client_id = :client and kind = :kind "
					+ "order by created_at desc")
			.param("client", clientId)
			.param("kind", kind.name())
			.query((rs, row) -> new CaseHeadline(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	/**
	 * A query that looks like a case reference ({@code INQ-42}, {@code inq000042}) in its
	 * stored form.
	 */
	/**
	 * The page of the case a reference names ({@code INQ-42}, {@code cmp-000042}), if
	 * there is such a case; whether the reader may see it, the page decides.
	 */
	@Transactional(readOnly = true)
	public Optional<String> pageOf(String text) {
		String reference = text == null || text.isBlank() ? null : asReference(text);
		if (reference == null) {
			return Optional.empty();
		}
		return jdbc.sql("select kind from case_file where reference = :reference")
			.param("reference", reference)
			.query(String.class)
			.optional()
			.map(kind -> ("COMPLAINT".equals(kind) ? "/complaints/" : "/inquiries/") + reference);
	}

	static String asReference(String text) {
		Matcher matcher = REFERENCE.matcher(text.strip());
		if (!matcher.matches()) {
			return null;
		}
		return matcher.group(1).toUpperCase(Locale.ROOT) + "-%06d".formatted(Long.parseLong(matcher.group(2)));
	}

	private List<QueueRow> named(List<Raw> rows) {
		Set<Long> clientIds = new HashSet<>();
		Set<Long> teamIds = new HashSet<>();
		Set<String> assignees = new HashSet<>();
		for (Raw row : rows) {
			clientIds.add(row.clientId());
			if (row.teamId() != null) {
				teamIds.add(row.teamId());
			}
			if (row.assignee() != null) {
				assignees.add(row.assignee());
			}
		}
		Map<Long, ClientRef> clientRefs = clientIds.isEmpty() ? Map.of() : clients.refs(clientIds);
		Map<Long, String> teamNames = teams.teamNames(teamIds);
		Map<String, String> names = teams.displayNames(assignees);
		return rows.stream()
			.map(row -> new QueueRow(row.id(), row.reference(), row.subject(), row.status(), row.priority(),
					row.categoryCode(), row.channel(),
					Objects.requireNonNullElse(clientRefs.get(row.clientId()), new ClientRef(row.clientId(), "", "")),
					row.teamId() == null ? null : teamNames.get(row.teamId()), row.assignee(),
					row.assignee() == null ? null : names.getOrDefault(row.assignee(), row.assignee()), row.slaDueAt(),
					row.slaState(), row.lastActivityAt(), row.createdAt()))
			.toList();
	}

	private static Raw raw(ResultSet rs, int row) throws SQLException {
		long teamId = rs.getLong("team_id");
		Long team = rs.wasNull() ? null : teamId;
		return new Raw(rs.getLong("id"), rs.getString("reference"), rs.getString("subject"), rs.getString("status"),
				Priority.valueOf(rs.getString("priority")), rs.getString("category_code"),
				CaseChannel.valueOf(rs.getString("channel")), rs.getLong("client_id"), team, rs.getString("assignee"),
				instant(rs, "sla_due_at"), SlaState.valueOf(rs.getString("sla_state")), instant(rs, "last_activity_at"),
				instant(rs, "created_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private record Raw(long id, String reference, String subject, String status, Priority priority, String categoryCode,
			CaseChannel channel, long clientId, Long teamId, String assignee, Instant slaDueAt, SlaState slaState,
			Instant lastActivityAt, Instant createdAt) {
	}

	record Cursor(Instant at, long id) {

		String encode() {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(((at == null ? "-" : at.toString()) + "|" + id).getBytes(StandardCharsets.UTF_8));
		}

		static Cursor decode(String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|");
				return new Cursor("-".equals(parts[0]) ? null : Instant.parse(parts[0]), Long.parseLong(parts[1]));
			}
			catch (RuntimeException ex) {
				throw new InvalidCursorException();
			}
		}

	}

}
