package io.servicedesk.sla;

/**
 * The kinds of case an SLA policy can target.
 */
public enum CaseKind {

	INQUIRY, COMPLAINT

}
