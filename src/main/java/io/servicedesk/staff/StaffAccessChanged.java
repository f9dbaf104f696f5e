package io.servicedesk.staff;

/**
 * A person's access changed in a way that makes their open sessions wrong: they were
 * deactivated, their role changed, or an administrator reset their password or second
 * factor. Their sessions must end.
 */
public record StaffAccessChanged(String username, Reason reason) {

	public enum Reason {

		DEACTIVATED, ROLE_CHANGED, PASSWORD_RESET, SECOND_FACTOR_RESET

	}

}
