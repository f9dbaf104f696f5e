package io.servicedesk.mailbox;

/**
 * Why an incoming mail is in its state.
 */
public enum IncomingMailOutcome {

	/** A new inquiry (from a known client or an unconfirmed sender). */
	NEW_INQUIRY(IncomingMailState.PROCESSED),
	/** Appended to its case as the client's message. */
	REPLY(IncomingMailState.PROCESSED),
	/** An answer to a closed case: a new inquiry linked to it. */
	FOLLOW_UP(IncomingMailState.PROCESSED),
	/** An auto-reply (out of office, list or bulk mail): no case, no answer. */
	AUTO_REPLY(IncomingMailState.IGNORED),
	/** Mail the desk sent itself, or from the desk's own address: a loop. */
	OWN_MESSAGE(IncomingMailState.IGNORED),
	/** The same message (by Message-ID) was processed before. */
	DUPLICATE(IncomingMailState.IGNORED),
	/**
	 * A delivery status notification about a message the desk sent: it is marked bounced.
	 */
	BOUNCE_MATCHED(IncomingMailState.BOUNCE),
	/** A delivery status notification about no message the desk knows. */
	BOUNCE_UNMATCHED(IncomingMailState.BOUNCE),
	/** Over the size limit: left in the mailbox, unread. */
	TOO_LARGE(IncomingMailState.SET_ASIDE),
	/** Its MIME could not be read. */
	MALFORMED(IncomingMailState.SET_ASIDE),
	/** Processing it failed; the reason is kept. */
	FAILED(IncomingMailState.SET_ASIDE);

	private final IncomingMailState state;

	IncomingMailOutcome(IncomingMailState state) {
		this.state = state;
	}

	public IncomingMailState state() {
		return state;
	}

}
