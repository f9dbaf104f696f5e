package io.servicedesk.complaint;

/**
 * The views of the complaint queue: proposed resolutions waiting for a supervisor,
 * complaints whose SLA is breached or at risk, forwarded complaints whose department
 * answer is overdue, every open complaint, the resolved ones waiting for the client's
 * acceptance (or the close job), the closed ones with their outcome, and every complaint
 * in every status.
 */
public enum ComplaintView {

	NEEDS_REVIEW, AT_RISK, FORWARDED_OVERDUE, OPEN, RESOLVED, CLOSED, ALL;

	/** The one status this view shows, or {@code null} when it shows several. */
	public ComplaintStatus status() {
		return switch (this) {
			case NEEDS_REVIEW -> ComplaintStatus.RESOLUTION_PROPOSED;
			case FORWARDED_OVERDUE -> ComplaintStatus.FORWARDED;
			case RESOLVED -> ComplaintStatus.RESOLVED;
			case CLOSED -> ComplaintStatus.CLOSED;
			case AT_RISK, OPEN, ALL -> null;
		};
	}

}
