package io.servicedesk.complaint;

import java.io.Serializable;

/**
 * The result of a bulk reassignment for one complaint; kept in the flash (and so in the
 * database-backed session) until the queue shows it.
 *
 * @param result {@code REASSIGNED}, {@code UNCHANGED} (already there), {@code STALE}
 * (changed by someone else since the list was shown, left as it is) or {@code NOT_FOUND}
 */
public record Reassignment(String reference, Result result) implements Serializable {

	public enum Result {

		REASSIGNED, UNCHANGED, STALE, NOT_FOUND

	}

	/**
	 * A complaint selected for reassignment, with the version the supervisor saw
	 * ({@code null}: not checked).
	 */
	public record Selected(String reference, Long version) {
	}

}
