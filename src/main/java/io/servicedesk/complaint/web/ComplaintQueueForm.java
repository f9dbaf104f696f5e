package io.servicedesk.complaint.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.servicedesk.complaint.ComplaintQueueFilter;
import io.servicedesk.complaint.ComplaintStatus;
import io.servicedesk.complaint.ComplaintView;
import io.servicedesk.complaint.Outcome;
import io.servicedesk.complaint.Severity;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The query string of {@code /complaints}: the view, the filters and the page. It writes
 * itself back into links, so a tab or the next page keeps everything else.
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

	private String link(ComplaintView targetView, String cursor) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/complaints");
		uri.queryParam("view", targetView.name().toLowerCase(Locale.ROOT).replace('_', '-'));
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("team", team);
		params.put("assignee", assignee);
		params.put("severity", severity);
		params.put("category", category);
		params.put("olderThanDays", olderThanDays);
		params.put("outcome", outcome);
		params.put("status", status);
		params.put("after", cursor);
		params.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				uri.queryParam(name, value.toString());
			}
		});
		return uri.encode().build().toUriString();
	}

}
