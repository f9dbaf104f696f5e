package io.servicedesk.complaint;

/**
 * The decision on a complaint.
 */
public enum Outcome {

	UPHELD, PARTIALLY_UPHELD, REJECTED;

	/** The client was (at least partly) right. */
	public boolean upheld() {
		return this != REJECTED;
	}

}
