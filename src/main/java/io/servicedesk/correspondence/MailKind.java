package io.servicedesk.correspondence;

/**
 * What an outgoing message is. Words staff wrote (a reply, a complaint acknowledgement or
 * decision) go out as written; the standard notices are written from their templates and
 * marked as sent automatically, so that the client's mail program does not answer them
 * with an auto-reply.
 */
public enum MailKind {

	CASE_REPLY(false), COMPLAINT_ACKNOWLEDGEMENT(false), COMPLAINT_DECISION(false), ORDER_DELAYED(true),
	SURVEY_INVITATION(true), ACCOUNT_OPENED(true), ACCOUNT_SUSPENDED(true), ACCOUNT_REACTIVATED(true),
	ACCOUNT_CLOSED(true);

	private final boolean notice;

	MailKind(boolean notice) {
		this.notice = notice;
	}

	/** A standard notice, written from its template rather than by staff. */
	public boolean isNotice() {
		return notice;
	}

}
