package io.servicedesk.workspace;

/**
 * An open inquiry or complaint of the client, as the 360° page lists it. Of another
 * team's case an agent sees no subject: {@code restrictedTeam} names the team instead.
 */
public record OpenCase(String reference, String kind, String subject, String status, String restrictedTeam) {

	public OpenCase(String reference, String kind, String subject, String status) {
		this(reference, kind, subject, status, null);
	}

	OpenCase restrictedTo(String team) {
		return new OpenCase(reference, kind, null, status, team);
	}

}
