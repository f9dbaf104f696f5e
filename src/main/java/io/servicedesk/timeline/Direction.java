package io.servicedesk.timeline;

/**
 * Who started an interaction: the client (inbound) or the desk (outbound).
 */
public enum Direction {

	INBOUND, OUTBOUND

}
