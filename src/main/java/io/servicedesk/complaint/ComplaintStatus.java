package io.servicedesk.complaint;

/**
 * Where a complaint stands (docs/architecture.md, "Lifecycles"): RECEIVED → ACKNOWLEDGED
 * → INVESTIGATING ⇄ FORWARDED → RESOLUTION_PROPOSED → (review: approve → RESOLVED, send
 * back → INVESTIGATING) → CLOSED; REOPENED from RESOLVED or CLOSED within the reopening
 * window.
 */
public enum ComplaintStatus {

	RECEIVED, ACKNOWLEDGED, INVESTIGATING, FORWARDED, RESOLUTION_PROPOSED, RESOLVED, CLOSED, REOPENED;

	/** Still to be worked on by the desk: in the open views of the queue. */
	public boolean isActive() {
		return this != RESOLVED && this != CLOSED;
	}

	/** The desk may investigate, forward or propose a resolution. */
	boolean isUnderInvestigation() {
		return this == ACKNOWLEDGED || this == INVESTIGATING || this == REOPENED;
	}

}
