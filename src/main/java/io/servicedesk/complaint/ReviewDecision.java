package io.servicedesk.complaint;

/**
 * What a supervisor decides on a proposed resolution.
 */
public enum ReviewDecision {

	APPROVE, SEND_BACK

}
