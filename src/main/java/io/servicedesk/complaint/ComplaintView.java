package io.servicedesk.complaint;

/**
 * The views of the complaint queue: proposed resolutions waiting for a supervisor,
 * complaints whose SLA is breached or at risk, forwarded complaints whose department
 * answer is overdue, every open complaint, and the closed ones with their outcome.
 */
public enum ComplaintView {

	NEEDS_REVIEW, AT_RISK, FORWARDED_OVERDUE, OPEN, CLOSED

}
