package io.servicedesk.staff;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only look-ups of teams and staff for other modules: team names and ids, and who
 * holds a role.
 */
@Component
@Transactional(readOnly = true)
public class TeamDirectory {

	private final TeamRepository teams;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	TeamDirectory(TeamRepository teams, EntityManager entityManager, JdbcClient jdbc) {
		this.teams = teams;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/** The id of the team with this name, whether archived or not. */
	public Optional<Long> findTeamId(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		return teams.findByName(name.strip()).map(Team::getId);
	}

	/** The id of the team with this name in any case, whether archived or not. */
	public Optional<Long> findTeamIdIgnoringCase(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		return teams.findByNameIgnoreCase(name.strip()).map(Team::getId);
	}

	public Optional<String> teamName(Long id) {
		return id == null ? Optional.empty() : teams.findById(id).map(Team::getName);
	}

	/** The names of the teams that are not archived, in alphabetical order. */
	public List<String> activeTeamNames() {
		return entityManager
			.createQuery("select t.name from Team t where t.archived = false order by t.name", String.class)
			.getResultList();
	}

	/** The usernames of the active staff members with exactly this role. */
	public List<String> activeUsernamesWithRole(Role role) {
		return entityManager
			.createQuery("select s.username from StaffMember s where s.role = :role and s.active = true "
					+ "order by s.username", String.class)
			.setParameter("role", role)
			.getResultList();
	}

	/** The usernames of a team's active members. */
	public List<String> activeUsernamesOfTeam(long teamId) {
		return entityManager
			.createQuery("select s.username from StaffMember s where s.team.id = :team and s.active = true "
					+ "order by s.username", String.class)
			.setParameter("team", teamId)
			.getResultList();
	}

	/**
	 * The names of these teams by id, in one query (every queue page names the teams of
	 * its rows: plain SQL with an array, which is planned once, unlike a list of values).
	 */
	public Map<Long, String> teamNames(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> names = new HashMap<>();
		jdbc.sql("select id, name from team where id = any(?)")
			.param(ids.toArray(Long[]::new))
			.query((RowCallbackHandler) row -> names.put(row.getLong("id"), row.getString("name")));
		return names;
	}

	/** The display names of these staff members by username, in one query. */
	public Map<String, String> displayNames(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return Map.of();
		}
		Map<String, String> names = new HashMap<>();
		jdbc.sql("select username, display_name from staff where username = any(?)")
			.param(usernames.toArray(String[]::new))
			.query((RowCallbackHandler) row -> names.put(row.getString("username"), row.getString("display_name")));
		return names;
	}

}
