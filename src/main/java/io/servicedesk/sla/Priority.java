package io.servicedesk.sla;

/**
 * The priority of a case, which selects its SLA policy.
 */
public enum Priority {

	LOW, NORMAL, HIGH, URGENT

}
