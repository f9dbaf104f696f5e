package io.servicedesk.correspondence;

/**
 * Where an outgoing message stands: waiting to be sent (also between attempts), accepted
 * by the mail server, given up on after its attempts, returned by a delivery status
 * notification, or cancelled by an administrator.
 */
public enum DeliveryState {

	QUEUED, SENT, FAILED, BOUNCED, CANCELLED;

	/** An administrator may send it again. */
	public boolean retryable() {
		return this == FAILED || this == BOUNCED;
	}

	/** An administrator may stop it. */
	public boolean cancellable() {
		return this == QUEUED || this == FAILED;
	}

}
