package io.servicedesk.staff;

/**
 * A team as lists and the API show it.
 *
 * @param lead the team lead's username, or {@code null}
 */
public record TeamSummary(long id, String name, boolean archived, String lead, String leadName, long activeMembers,
		long version) {

	static TeamSummary of(Team team, long activeMembers) {
		StaffMember lead = team.getLead();
		return new TeamSummary(team.getId(), team.getName(), team.isArchived(),
				lead == null ? null : lead.getUsername(), lead == null ? null : lead.getDisplayName(), activeMembers,
				team.getVersion());
	}

}
