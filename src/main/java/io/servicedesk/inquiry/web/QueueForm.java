package io.servicedesk.inquiry.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.QueueFilter;
import io.servicedesk.casework.QueueQueries;
import io.servicedesk.casework.QueueSort;
import io.servicedesk.casework.QueueView;
import io.servicedesk.inquiry.InquiryStatus;
import io.servicedesk.shared.Priority;
import io.servicedesk.sla.SlaState;

/**
 * The query string of {@code /inquiries}: the view, the filters, the order and the page.
 * It writes itself back into links, so a tab or the next page keeps everything else, and
 * into the query a saved view keeps.
 */
public record QueueForm(QueueView view, InquiryStatus status, Priority priority, String category, CaseChannel channel,
		SlaState slaState, String client, String q, QueueSort sort, String after) {

	public QueueForm {
		view = view == null ? QueueView.MINE : view;
		sort = sort == null ? QueueSort.SLA : sort;
	}

	/** The address of this queue in another view, from its first page. */
	public String withView(QueueView other) {
		return link(other, null);
	}

	/**
	 * The address of this very page of the queue, to come back to after a bulk action.
	 */
	public String self() {
		return link(view, after);
	}

	/** The address of the page after this one. */
	public String withAfter(String cursor) {
		return link(view, cursor);
	}

	/** The view, filters and sort as a query string, from the first page. */
	public String query() {
		return QueueQueries.encode(parameters(view, null));
	}

	/** The view as its parameter is written ({@code unassigned}). */
	public String viewParameter() {
		return parameter(view);
	}

	/** What the queue shows, with the client's id for its number. */
	QueueFilter filter(Long clientId) {
		return new QueueFilter(view, status == null ? null : status.name(), priority, category, channel, slaState,
				clientId, q, sort);
	}

	static String parameter(QueueView view) {
		return view.name().toLowerCase(Locale.ROOT);
	}

	private String link(QueueView targetView, String cursor) {
		return "/inquiries?" + QueueQueries.encode(parameters(targetView, cursor));
	}

	private Map<String, Object> parameters(QueueView targetView, String cursor) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("view", parameter(targetView));
		params.put("status", status);
		params.put("priority", priority);
		params.put("category", category);
		params.put("channel", channel);
		params.put("slaState", slaState);
		params.put("client", client);
		params.put("q", q);
		params.put("sort", sort == QueueSort.SLA ? null : sort);
		params.put("after", cursor);
		return params;
	}

}
