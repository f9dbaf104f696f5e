package io.servicedesk.complaint;

/**
 * How many complaints each view of the queue holds for the viewer. Closed complaints are
 * counted up to one more than {@link #CLOSED_LIMIT} only: a desk closes hundreds of
 * thousands over the years, and counting them all on every page of the queue would cost
 * more than the page itself.
 */
public record ComplaintCounts(long needsReview, long atRisk, long forwardedOverdue, long open, long resolved,
		long closed, long all) {

	/** Closed complaints (and all complaints) beyond this many are shown as "1000+". */
	public static final int CLOSED_LIMIT = 1000;

	public long of(ComplaintView view) {
		return switch (view) {
			case NEEDS_REVIEW -> needsReview;
			case AT_RISK -> atRisk;
			case FORWARDED_OVERDUE -> forwardedOverdue;
			case OPEN -> open;
			case RESOLVED -> resolved;
			case CLOSED -> closed;
			case ALL -> all;
		};
	}

	/**
	 * The count of a view as its tab shows it: {@code 1000+} for more closed ones or more
	 * complaints in all.
	 */
	public String shown(ComplaintView view) {
		boolean capped = view == ComplaintView.CLOSED || view == ComplaintView.ALL;
		return capped && of(view) > CLOSED_LIMIT ? CLOSED_LIMIT + "+" : String.valueOf(of(view));
	}

}
