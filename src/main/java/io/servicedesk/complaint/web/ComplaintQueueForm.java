package io.servicedesk.complaint.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.servicedesk.casework.QueueQueries;
import io.servicedesk.complaint.ComplaintQueueFilter;
import io.servicedesk.complaint.ComplaintStatus;
import io.servicedesk.complaint.ComplaintView;
import io.servicedesk.complaint.Outcome;
import io.servicedesk.complaint.Severity;

/**
 * The query string of {@code /complaints}: the view, the filters and the page. It writes
 * itself back into links, so a tab or the next page keeps everything else, and into the
 * query a saved view keeps.
 */
public record ComplaintQueueForm(ComplaintView view, String team, String assignee, Severity severity, String category,
		Integer olderThanDays, Outcome outcome, ComplaintStatus status, String after) {

	public ComplaintQueueForm {
		view = view == null ? ComplaintView.OPEN : view;
	}

	ComplaintQueueFilter filter() {
		return new ComplaintQueueFilter(view, team, assignee, severity, category,
				olderThanDays == null ? null : Math.max(0, olderThanDays), outcome, status);
	}

	public String withView(ComplaintView other) {
		return link(other, null);
	}

	public String withAfter(String cursor) {
		return link(view, cursor);
	}

	public String self() {
		return link(view, after);
	}

	/** The view and filters as a query string, from the first page. */
	public String query() {
		return QueueQueries.encode(parameters(view, null));
	}

	/** The view as its parameter is written ({@code needs-review}). */
	public String viewParameter() {
		return parameter(view);
	}

	static String parameter(ComplaintView view) {
		return view.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private String link(ComplaintView targetView, String cursor) {
		return "/complaints?" + QueueQueries.encode(parameters(targetView, cursor));
	}

	private Map<String, Object> parameters(ComplaintView targetView, String cursor) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("view", parameter(targetView));
		params.put("team", team);
		params.put("assignee", assignee);
		params.put("severity", severity);
		params.put("category", category);
		params.put("olderThanDays", olderThanDays);
		params.put("outcome", outcome);
		params.put("status", status);
		params.put("after", cursor);
		return params;
	}

}
