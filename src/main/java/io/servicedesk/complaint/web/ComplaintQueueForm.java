package io.servicedesk.complaint.web;

import java.util.Map;

import io.servicedesk.casework.QueueLinks;
import io.servicedesk.complaint.ComplaintQueueFilter;
import io.servicedesk.complaint.ComplaintStatus;
import io.servicedesk.complaint.ComplaintView;
import io.servicedesk.complaint.Outcome;
import io.servicedesk.complaint.Severity;

/**
 * The query string of {@code /complaints}: the view, the filters and the page, written
 * back into links as {@link QueueLinks} says.
 */
public record ComplaintQueueForm(ComplaintView view, String team, String assignee, Severity severity, String category,
		Integer olderThanDays, Outcome outcome, ComplaintStatus status,
		String after) implements QueueLinks<ComplaintView> {

	public ComplaintQueueForm {
		view = view == null ? ComplaintView.OPEN : view;
	}

	ComplaintQueueFilter filter() {
		return new ComplaintQueueFilter(view, team, assignee, severity, category,
				olderThanDays == null ? null : Math.max(0, olderThanDays), outcome, status);
	}

	@Override
	public String path() {
		return "/complaints";
	}

	@Override
	public Map<String, Object> filters() {
		return QueueLinks.named("team", team, "assignee", assignee, "severity", severity, "category", category,
				"olderThanDays", olderThanDays, "outcome", outcome, "status", status);
	}

	static String parameter(ComplaintView view) {
		return QueueLinks.parameter(view);
	}

}
