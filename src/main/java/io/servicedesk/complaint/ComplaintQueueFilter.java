package io.servicedesk.complaint;

/**
 * What the complaint queue shows: a view plus optional filters.
 *
 * @param team a team's name, or {@code null}
 * @param assignee a username, or {@code null}
 * @param olderThanDays only complaints registered more than this many days ago, or
 * {@code null}
 * @param status only complaints in this status (within the view), or {@code null}
 */
public record ComplaintQueueFilter(ComplaintView view, String team, String assignee, Severity severity,
		String categoryCode, Integer olderThanDays, Outcome outcome, ComplaintStatus status) {

	public ComplaintQueueFilter {
		view = view == null ? ComplaintView.OPEN : view;
		team = blankToNull(team);
		assignee = blankToNull(assignee);
		categoryCode = blankToNull(categoryCode);
	}

	public ComplaintQueueFilter(ComplaintView view, String team, String assignee, Severity severity,
			String categoryCode, Integer olderThanDays, Outcome outcome) {
		this(view, team, assignee, severity, categoryCode, olderThanDays, outcome, null);
	}

	public static ComplaintQueueFilter of(ComplaintView view) {
		return new ComplaintQueueFilter(view, null, null, null, null, null, null, null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
