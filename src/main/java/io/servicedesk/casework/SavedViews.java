package io.servicedesk.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.servicedesk.shared.ControlCharacters;
import io.servicedesk.shared.RefusedAccessException;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.staff.TeamDirectory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * Saved views of the case queues: a name for a tab, filters and sort, kept as the query
 * string the queue's own links write (checked by the queue's filter form through its
 * {@link SavedViewQueue}). A view is personal or shared with the owner's team; the menu
 * of a queue lists the reader's own and their team's shared views with the number of
 * cases each shows them, one capped count per view. Only the owner renames a view; the
 * owner, or a supervisor or administrator of the team it is shared with, deletes it. A
 * view the reader may not see is not found, whatever its number.
 */
@Service
public class SavedViews {

	/** The longest name of a saved view. */
	public static final int NAME_MAX = 80;

	/** The most views a queue's menu lists. */
	public static final int MENU_MAX = 20;

	/** Counts of a saved view beyond this are shown as {@code 1000+}. */
	public static final int COUNT_CAP = 1000;

	static final int QUERY_MAX = 2000;

	private static final String COLUMNS = "select id, kind, owner, visibility, team_id, name, query from saved_view ";

	private static final String VISIBLE = "(owner = :me or (visibility = 'TEAM' and team_id = :team))";

	private final JdbcClient jdbc;

	private final Map<CaseKind, SavedViewQueue> queues = new EnumMap<>(CaseKind.class);

	private final TeamDirectory teams;

	private final Clock clock;

	SavedViews(JdbcClient jdbc, List<SavedViewQueue> queues, TeamDirectory teams, Clock clock) {
		this.jdbc = jdbc;
		queues.forEach(queue -> this.queues.put(queue.kind(), queue));
		this.teams = teams;
		this.clock = clock;
	}

	/** The queue of this page ({@code /inquiries}), if its views can be saved. */
	public Optional<SavedViewQueue> queueAt(String path) {
		return queues.values().stream().filter(queue -> queue.path().equals(path)).findFirst();
	}

	/** The page of the queue of this kind. */
	public String path(CaseKind kind) {
		return queue(kind).path();
	}

	/**
	 * The reader's own views of the queue and those shared with their team, by name, at
	 * most {@link #MENU_MAX}, each with its count (one count per view listed); a shared
	 * view the reader may not open (a supervisor's view of every team, for an agent) is
	 * left out.
	 */
	public List<SavedViewItem> menu(CaseKind kind, Viewer viewer) {
		SavedViewQueue queue = queue(kind);
		List<Row> rows = jdbc
			.sql(COLUMNS + "where kind = :kind and " + VISIBLE + " order by lower(name), id limit :max")
			.param("kind", kind.name())
			.param("me", viewer.username())
			.param("team", team(viewer))
			.param("max", 2 * MENU_MAX)
			.query(Row.class)
			.list();
		Set<String> owners = new HashSet<>();
		rows.forEach(row -> owners.add(row.owner()));
		Map<String, String> names = teams.displayNames(owners);
		List<SavedViewItem> items = new ArrayList<>();
		for (Row row : rows) {
			if (items.size() == MENU_MAX) {
				break;
			}
			long count;
			try {
				count = queue.count(row.query(), viewer, COUNT_CAP);
			}
			catch (AccessDeniedException | SavedViewRefusedException notForThisReader) {
				continue;
			}
			boolean mine = row.owner().equals(viewer.username());
			items.add(new SavedViewItem(row.id(), row.name(), row.visibility(),
					names.getOrDefault(row.owner(), row.owner()), mine, mine || mayDeleteShared(row, viewer),
					href(queue, row.query()), count > COUNT_CAP ? COUNT_CAP + "+" : String.valueOf(count)));
		}
		return items;
	}

	/**
	 * Saves the queue's parameters under a name, personal or shared with the owner's
	 * team; refused where the name is empty, too long, holds control characters or is
	 * already one of the owner's views of the queue, where the queue does not take the
	 * parameters or would refuse the owner them, or where there is no team to share with.
	 */
	public SavedViewItem save(CaseKind kind, Viewer viewer, String name, SavedViewVisibility visibility,
			MultiValueMap<String, String> parameters) {
		String checked = checkedName(name);
		SavedViewQueue queue = queue(kind);
		String query = queue.normalise(parameters);
		if (query.length() > QUERY_MAX) {
			throw new SavedViewRefusedException("views.error.query-too-long", QUERY_MAX);
		}
		try {
			queue.count(query, viewer, 0);
		}
		catch (AccessDeniedException refused) {
			throw new SavedViewRefusedException("views.error.query");
		}
		SavedViewVisibility shown = visibility == null ? SavedViewVisibility.PERSONAL : visibility;
		if (shown == SavedViewVisibility.TEAM && viewer.teamId() == null) {
			throw new SavedViewRefusedException("views.error.no-team");
		}
		refuseTakenName(kind, viewer, checked, null);
		Timestamp now = Timestamp.from(clock.instant());
		long id;
		try {
			id = jdbc
				.sql("insert into saved_view (kind, owner, visibility, team_id, name, query, created_at, updated_at) "
						+ "values (:kind, :owner, :visibility, :team, :name, :query, :now, :now) returning id")
				.param("kind", kind.name())
				.param("owner", viewer.username())
				.param("visibility", shown.name())
				.param("team", shown == SavedViewVisibility.TEAM ? viewer.teamId() : null)
				.param("name", checked)
				.param("query", query)
				.param("now", now)
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException savedMeanwhile) {
			throw new SavedViewRefusedException("views.error.duplicate", checked);
		}
		return new SavedViewItem(id, checked, shown, viewer.displayName(), true, true, href(queue, query), null);
	}

	/** Renames one of the reader's own views; refused like a new name is. */
	public void rename(long id, CaseKind kind, Viewer viewer, String name) {
		Row row = visible(id, kind, viewer);
		if (!row.owner().equals(viewer.username())) {
			throw new RefusedAccessException("Saved view " + id + " is " + row.owner() + "'s", "views.error.not-owner",
					row.name());
		}
		String checked = checkedName(name);
		refuseTakenName(kind, viewer, checked, id);
		try {
			jdbc.sql("update saved_view set name = :name, version = version + 1, updated_at = :now where id = :id")
				.param("name", checked)
				.param("now", Timestamp.from(clock.instant()))
				.param("id", id)
				.update();
		}
		catch (DuplicateKeyException renamedMeanwhile) {
			throw new SavedViewRefusedException("views.error.duplicate", checked);
		}
	}

	/**
	 * Deletes a view: the reader's own, or, for a supervisor or administrator, one shared
	 * with their team. Returns its name.
	 */
	public String delete(long id, CaseKind kind, Viewer viewer) {
		Row row = visible(id, kind, viewer);
		if (!row.owner().equals(viewer.username()) && !mayDeleteShared(row, viewer)) {
			throw new RefusedAccessException("Saved view " + id + " is " + row.owner() + "'s", "views.error.not-owner",
					row.name());
		}
		jdbc.sql("delete from saved_view where id = :id").param("id", id).update();
		return row.name();
	}

	/** The queue's address with the parameters of a view the reader may see. */
	public String open(long id, CaseKind kind, Viewer viewer) {
		return href(queue(kind), visible(id, kind, viewer).query());
	}

	private Row visible(long id, CaseKind kind, Viewer viewer) {
		return jdbc.sql(COLUMNS + "where id = :id and kind = :kind and " + VISIBLE)
			.param("id", id)
			.param("kind", kind.name())
			.param("me", viewer.username())
			.param("team", team(viewer))
			.query(Row.class)
			.optional()
			.orElseThrow(() -> new SavedViewNotFoundException(id));
	}

	private void refuseTakenName(CaseKind kind, Viewer viewer, String name, Long except) {
		boolean taken = jdbc
			.sql("select exists (select 1 from saved_view where owner = :owner and kind = :kind "
					+ "and lower(name) = lower(:name) and id <> :except)")
			.param("owner", viewer.username())
			.param("kind", kind.name())
			.param("name", name)
			.param("except", except == null ? -1L : except)
			.query(Boolean.class)
			.single();
		if (taken) {
			throw new SavedViewRefusedException("views.error.duplicate", name);
		}
	}

	private static String checkedName(String name) {
		String stripped = name == null ? "" : name.strip();
		if (stripped.isEmpty()) {
			throw new SavedViewRefusedException("views.error.name-required");
		}
		if (stripped.length() > NAME_MAX) {
			throw new SavedViewRefusedException("views.error.name-too-long", NAME_MAX);
		}
		if (ControlCharacters.contains(stripped) || stripped.indexOf('\t') >= 0 || stripped.indexOf('\n') >= 0
				|| stripped.indexOf('\r') >= 0) {
			throw new SavedViewRefusedException("views.error.name-characters");
		}
		return stripped;
	}

	private static boolean mayDeleteShared(Row row, Viewer viewer) {
		return viewer.supervisor() && row.visibility() == SavedViewVisibility.TEAM && viewer.teamId() != null
				&& viewer.teamId().equals(row.teamId());
	}

	private SavedViewQueue queue(CaseKind kind) {
		SavedViewQueue queue = queues.get(kind);
		if (queue == null) {
			throw new IllegalStateException("No queue of " + kind + " keeps saved views");
		}
		return queue;
	}

	private static String href(SavedViewQueue queue, String query) {
		return query.isEmpty() ? queue.path() : queue.path() + "?" + query;
	}

	private static long team(Viewer viewer) {
		return viewer.teamId() == null ? -1L : viewer.teamId();
	}

	record Row(long id, CaseKind kind, String owner, SavedViewVisibility visibility, Long teamId, String name,
			String query) {
	}

}
