package io.servicedesk.casework;

import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.staff.StaffProfile;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.TeamDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a case goes to when it is assigned: a person without a team named goes with their
 * own team (or keeps the case's team), a team without a person leaves the case unassigned
 * in that team's queue.
 */
@Service
public class CaseAssignment {

	private final StaffService staff;

	private final TeamDirectory teams;

	CaseAssignment(StaffService staff, TeamDirectory teams) {
		this.staff = staff;
		this.teams = teams;
	}

	/** The team and person the case goes to; unknown people or teams are refused. */
	@Transactional(readOnly = true)
	public Target target(CaseFile caseFile, String assignee, String team) {
		String username = assignee == null || assignee.isBlank() ? null : assignee.strip();
		Long teamId = null;
		if (team != null && !team.isBlank()) {
			teamId = teams.findTeamId(team.strip())
				.orElseThrow(() -> new RuleViolationException("case.team.unknown", team));
		}
		if (username != null) {
			StaffProfile person = staff.findProfile(username)
				.filter(StaffProfile::active)
				.orElseThrow(() -> new RuleViolationException("case.assignee.unknown", assignee));
			username = person.username();
			if (teamId == null) {
				teamId = person.team() == null ? caseFile.getTeamId() : teams.findTeamId(person.team()).orElse(null);
			}
		}
		if (username == null && teamId == null) {
			throw new RuleViolationException("case.assign.nobody");
		}
		return new Target(teamId, username);
	}

	/** "Team / person" as the timeline and the audit log show an assignment. */
	@Transactional(readOnly = true)
	public String describe(CaseFile caseFile) {
		String team = teams.teamName(caseFile.getTeamId()).orElse("-");
		return team + " / " + (caseFile.getAssignee() == null ? "-" : caseFile.getAssignee());
	}

	public record Target(Long teamId, String assignee) {
	}

}
