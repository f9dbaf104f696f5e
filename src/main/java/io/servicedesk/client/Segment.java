package io.servicedesk.client;

/**
 * How much attention a client gets.
 */
public enum Segment {

	STANDARD, PRIORITY, VIP

}
