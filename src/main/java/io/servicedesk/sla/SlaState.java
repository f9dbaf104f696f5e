package io.servicedesk.sla;

/**
 * How a case stands against a target. Ordered from good to bad, so the worse of two
 * states is the greater.
 */
public enum SlaState {

	ON_TRACK, AT_RISK, BREACHED;

	public SlaState worse(SlaState other) {
		return compareTo(other) >= 0 ? this : other;
	}

}
