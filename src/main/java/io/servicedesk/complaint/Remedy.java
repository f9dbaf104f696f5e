package io.servicedesk.complaint;

/**
 * What the desk offers the client.
 */
public enum Remedy {

	APOLOGY, REFUND, REPLACEMENT, COMPENSATION, OTHER;

	/** Remedies that are paid out and so need an amount. */
	public boolean involvesMoney() {
		return this == REFUND || this == COMPENSATION;
	}

}
