package io.servicedesk.audit;

import java.util.Objects;

/**
 * What an audit entry says: the action, the object it concerns, and the state before and
 * after.
 *
 * @param actor the username of who did it, or {@link #SYSTEM} for the application itself
 * @param action a dotted action code such as {@code staff.created} or
 * {@code security.sign-in-failed}
 * @param objectType the kind of object, such as {@code staff}
 * @param objectRef the human reference of the object, such as a username or
 * {@code INQ-000042}
 * @param before the relevant state before the change, or {@code null}
 * @param after the relevant state after the change, or {@code null}
 */
public record AuditRecord(String actor, String action, String objectType, String objectRef, String before,
		String after) {

	public static final String SYSTEM = "system";

	public AuditRecord {
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(action, "action");
	}

	public static AuditRecord of(String actor, String action, String objectType, String objectRef) {
		return new AuditRecord(actor, action, objectType, objectRef, null, null);
	}

	public AuditRecord change(Object before, Object after) {
		return new AuditRecord(actor, action, objectType, objectRef, before == null ? null : before.toString(),
				after == null ? null : after.toString());
	}

}
