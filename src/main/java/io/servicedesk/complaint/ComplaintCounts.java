package io.servicedesk.complaint;

/**
 * How many complaints each view of the queue holds for the viewer.
 */
public record ComplaintCounts(long needsReview, long atRisk, long forwardedOverdue, long open, long closed) {

	public long of(ComplaintView view) {
		return switch (view) {
			case NEEDS_REVIEW -> needsReview;
			case AT_RISK -> atRisk;
			case FORWARDED_OVERDUE -> forwardedOverdue;
			case OPEN -> open;
			case CLOSED -> closed;
		};
	}

}
