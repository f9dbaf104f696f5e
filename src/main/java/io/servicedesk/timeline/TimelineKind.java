package io.servicedesk.timeline;

/**
 * What happened with the client.
 */
public enum TimelineKind {

	CLIENT_REGISTERED, ACCOUNT_OPENED, ACCOUNT_ACTIVATED, ACCOUNT_SUSPENDED, ACCOUNT_REACTIVATED, ACCOUNT_CLOSED,
	ORDER_PLACED, ORDER_STATUS_CHANGED, ORDER_DELAYED, CALL, VISIT, CASE_OPENED, CASE_MESSAGE_IN, CASE_MESSAGE_OUT,
	SURVEY_SENT, SURVEY_ANSWERED, COMPLAINT_REGISTERED, COMPLAINT_ACKNOWLEDGED, COMPLAINT_RESOLVED, COMPLAINT_REOPENED,
	/** A standard notice e-mailed to the client (its kind as the detail). */
	MAIL_NOTICE,
	/**
	 * Two records of the client were merged: the other client's number as the subject,
	 * {@code INTO} (this one was merged into it) or {@code FROM} (it was merged into this
	 * one) as the detail.
	 */
	CLIENT_MERGED

}
