package io.servicedesk.casework;

/**
 * How the desk's words went to the client: the route taken, the address an e-mail was
 * queued for and its outgoing message.
 */
public record SentReply(ReplyRoute.Via via, String to, Long outgoingMessageId) {

	/**
	 * What happened, as the last part of a message key that says it truthfully: queued
	 * for sending by e-mail, recorded as said on the phone or in person, or recorded
	 * without being sent.
	 */
	public String outcome() {
		return switch (via) {
			case EMAIL -> "emailed";
			case PHONE -> "phone";
			case IN_PERSON -> "in-person";
			case NONE -> "not-sent";
		};
	}

}
