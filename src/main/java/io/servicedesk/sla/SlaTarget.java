package io.servicedesk.sla;

/**
 * The two promises of an SLA policy.
 */
public enum SlaTarget {

	FIRST_RESPONSE, RESOLUTION

}
