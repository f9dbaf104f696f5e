package io.servicedesk.casework;

/**
 * The staff member looking at cases: whose queue "mine" and "my team" are, and whether
 * they see every team's cases (supervisors and administrators).
 */
public record Viewer(String username, String displayName, Long teamId, String teamName, boolean supervisor) {

	/**
	 * Agents work on their team's cases, their own, and cases not yet routed to any team.
	 */
	public boolean maySee(CaseFile caseFile) {
		return supervisor || username.equals(caseFile.getAssignee()) || caseFile.getTeamId() == null
				|| caseFile.getTeamId().equals(teamId);
	}

}
