package io.servicedesk.shared;

/**
 * The priority of a case: it selects the case's SLA policy, and a category gives its
 * inquiries one to start with unless the agent chooses another.
 */
public enum Priority {

	LOW, NORMAL, HIGH, URGENT

}
