package io.servicedesk.staff;

/**
 * What a staff member may do. A role includes the rights of the roles below it (ADMIN >
 * SUPERVISOR > AGENT).
 */
public enum Role {

	AGENT, SUPERVISOR, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
