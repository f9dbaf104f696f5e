package io.servicedesk.staff;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.StaleVersionException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teams (departments) of the desk: create, rename, appoint a lead, archive. Every
 * change is audited.
 */
@Service
public class TeamService {

	private final TeamRepository teams;

	private final StaffRepository staff;

	private final AuditLog auditLog;

	TeamService(TeamRepository teams, StaffRepository staff, AuditLog auditLog) {
		this.teams = teams;
		this.staff = staff;
		this.auditLog = auditLog;
	}

	/** Every team, active ones first, with its lead and number of active members. */
	@Transactional(readOnly = true)
	public List<TeamSummary> teams() {
		Map<Long, Long> members = memberCounts();
		return teams.findAllByOrderByArchivedAscNameAsc()
			.stream()
			.map(team -> TeamSummary.of(team, members.getOrDefault(team.getId(), 0L)))
			.toList();
	}

	/** The names of the teams that can take new members. */
	@Transactional(readOnly = true)
	public List<String> activeTeamNames() {
		return teams.findAllByOrderByArchivedAscNameAsc()
			.stream()
			.filter(team -> !team.isArchived())
			.map(Team::getName)
			.toList();
	}

	@Transactional(readOnly = true)
	public TeamSummary team(long id) {
		Team team = teams.findWithLeadById(id).orElseThrow(() -> new TeamNotFoundException(String.valueOf(id)));
		return TeamSummary.of(team, memberCounts().getOrDefault(team.getId(), 0L));
	}

	@Transactional(readOnly = true)
	public TeamSummary teamNamed(String name) {
		Team team = byName(name);
		return TeamSummary.of(team, memberCounts().getOrDefault(team.getId(), 0L));
	}

	/** Everybody in the team, deactivated staff included, by name. */
	@Transactional(readOnly = true)
	public List<StaffProfile> members(long id) {
		Team team = teams.findById(id).orElseThrow(() -> new TeamNotFoundException(String.valueOf(id)));
		return staff.findByTeamOrderByDisplayNameAscUsernameAsc(team).stream().map(StaffProfile::of).toList();
	}

	@Transactional
	public TeamSummary create(String name, String leadUsername, String actor) {
		requireFreeName(name, null);
		Team team = new Team(name);
		team.appointLead(lead(leadUsername));
		teams.saveAndFlush(team);
		auditLog.record(AuditRecord.of(actor, "team.created", "team", team.getName()).change(null, describe(team)));
		return TeamSummary.of(team, 0);
	}

	/**
	 * Renames the team and sets its lead ({@code null} for none).
	 * @param expectedVersion the version the editor started from, or {@code null} not to
	 * check it
	 */
	@Transactional
	public TeamSummary update(long id, String name, String leadUsername, Long expectedVersion, String actor) {
		Team team = teams.findWithLeadById(id).orElseThrow(() -> new TeamNotFoundException(String.valueOf(id)));
		if (expectedVersion != null && expectedVersion != team.getVersion()) {
			throw new StaleVersionException(team.getName());
		}
		String before = describe(team);
		if (!team.getName().equals(name == null ? null : name.strip())) {
			requireFreeName(name, team);
			team.rename(name);
		}
		team.appointLead(lead(leadUsername));
		String after = describe(team);
		if (!before.equals(after)) {
			teams.flush();
			auditLog.record(AuditRecord.of(actor, "team.updated", "team", team.getName()).change(before, after));
		}
		return team(id);
	}

	@Transactional
	public TeamSummary archive(long id, String actor) {
		Team team = teams.findById(id).orElseThrow(() -> new TeamNotFoundException(String.valueOf(id)));
		team.archive();
		teams.flush();
		auditLog.record(AuditRecord.of(actor, "team.archived", "team", team.getName()).change("active", "archived"));
		return team(id);
	}

	@Transactional
	public TeamSummary restore(long id, String actor) {
		Team team = teams.findById(id).orElseThrow(() -> new TeamNotFoundException(String.valueOf(id)));
		team.restore();
		teams.flush();
		auditLog.record(AuditRecord.of(actor, "team.restored", "team", team.getName()).change("archived", "active"));
		return team(id);
	}

	@Transactional(readOnly = true)
	public long idOf(String name) {
		return byName(name).getId();
	}

	private Team byName(String name) {
		return teams.findByName(name == null ? "" : name.strip()).orElseThrow(() -> new TeamNotFoundException(name));
	}

	private StaffMember lead(String username) {
		if (username == null || username.isBlank()) {
			return null;
		}
		return staff.findByUsername(StaffMember.normaliseUsername(username))
			.orElseThrow(() -> new RuleViolationException("team.lead.unknown", username));
	}

	private void requireFreeName(String name, Team self) {
		if (name == null || name.isBlank()) {
			throw new RuleViolationException("team.name.required");
		}
		teams.findByNameIgnoreCase(name.strip()).filter(other -> other != self).ifPresent(other -> {
			throw new RuleViolationException("team.name-taken", other.getName());
		});
	}

	private Map<Long, Long> memberCounts() {
		return staff.countActiveMembersByTeam()
			.stream()
			.collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
	}

	private static String describe(Team team) {
		return "name=" + team.getName() + "; lead="
				+ (team.getLead() == null ? "" : Objects.toString(team.getLead().getUsername(), ""));
	}

}
