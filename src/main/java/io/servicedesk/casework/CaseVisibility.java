package io.servicedesk.casework;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.servicedesk.staff.TeamDirectory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rule for every read that shows what a case holds outside the case page itself (the
 * client's 360° page and timeline, search, counts): an agent sees the content of their
 * team's cases, their own and those not yet routed to a team (as {@link Viewer#maySee});
 * of another team's case only its reference, its status and its team. Supervisors and
 * administrators see everything.
 */
@Service
public class CaseVisibility {

	private final CaseAccess access;

	private final JdbcClient jdbc;

	private final TeamDirectory teams;

	CaseVisibility(CaseAccess access, JdbcClient jdbc, TeamDirectory teams) {
		this.access = access;
		this.jdbc = jdbc;
		this.teams = teams;
	}

	/**
	 * @return of the given case references, those whose content the staff member may not
	 * see, each with the name of the team that holds the case
	 */
	@Transactional(readOnly = true)
	public Map<String, String> restrictedFor(String username, Collection<String> references) {
		List<String> cases = references.stream().filter(CaseVisibility::isCaseReference).distinct().toList();
		if (cases.isEmpty()) {
			return Map.of();
		}
		Viewer viewer = access.viewer(username);
		if (viewer.supervisor()) {
			return Map.of();
		}
		Map<String, Long> restricted = new HashMap<>();
		jdbc.sql("select reference, team_id, assignee from case_file where reference in (:references)")
			.param("references", cases)
			.query((row, n) -> {
				Long teamId = (Long) row.getObject("team_id");
				String assignee = row.getString("assignee");
				boolean visible = viewer.username().equals(assignee) || teamId == null
						|| teamId.equals(viewer.teamId());
				if (!visible) {
					restricted.put(row.getString("reference"), teamId);
				}
				return null;
			})
			.list();
		if (restricted.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> names = teams.teamNames(restricted.values());
		Map<String, String> result = new HashMap<>();
		restricted.forEach((reference, teamId) -> result.put(reference, names.getOrDefault(teamId, "")));
		return result;
	}

	private static boolean isCaseReference(String reference) {
		return reference != null && (reference.startsWith("INQ-") || reference.startsWith("CMP-"));
	}

}
