package io.servicedesk.casework;

/**
 * What a line of a case's timeline records.
 */
public enum CaseEntryKind {

	/** The client's words as the case was recorded. */
	OPENED,
	/** Correspondence from the client. */
	MESSAGE_IN,
	/** A public reply by staff, sent on the client's preferred channel. */
	MESSAGE_OUT,
	/** An internal note, never shown to the client. */
	NOTE, CALL, STATUS_CHANGED, ASSIGNED, PRIORITY_CHANGED, SLA_AT_RISK, SLA_BREACHED, SLA_ESCALATED,
	/**
	 * The satisfaction survey offered to the client when the case was resolved (its link
	 * as the detail).
	 */
	SURVEY_SENT,
	/** The client's rating (the detail, 1 to 5) and comment. */
	SURVEY_ANSWERED;

	public boolean isMessage() {
		return this == OPENED || this == MESSAGE_IN || this == MESSAGE_OUT || this == NOTE || this == CALL;
	}

}
