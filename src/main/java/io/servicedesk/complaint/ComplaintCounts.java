package io.servicedesk.complaint;

/**
 * How many complaints each view of the queue holds for the viewer. Closed complaints are
 * counted up to one more than {@link #CLOSED_LIMIT} only: a desk closes hundreds of
 * thousands over the years, and counting them all on every page of the queue would cost
 * more than the page itself.
 */
public record ComplaintCounts(long needsReview, long atRisk, long forwardedOverdue, long open, long closed) {

	/** Closed complaints beyond this many are shown as "1000+". */
	public static final int CLOSED_LIMIT = 1000;

	public long of(ComplaintView view) {
		return switch (view) {
			case NEEDS_REVIEW -> needsReview;
			case AT_RISK -> atRisk;
			case FORWARDED_OVERDUE -> forwardedOverdue;
			case OPEN -> open;
			case CLOSED -> closed;
		};
	}

	/** The count of a view as its tab shows it: {@code 1000+} for more closed ones. */
	public String shown(ComplaintView view) {
		return view == ComplaintView.CLOSED && closed > CLOSED_LIMIT ? CLOSED_LIMIT + "+" : String.valueOf(of(view));
	}

}
