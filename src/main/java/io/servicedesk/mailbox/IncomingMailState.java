package io.servicedesk.mailbox;

/**
 * What became of an incoming mail: it went on a case, it was left alone (noise), it was a
 * delivery status notification, or it waits for an administrator.
 */
public enum IncomingMailState {

	PROCESSED, IGNORED, BOUNCE, SET_ASIDE

}
