package io.servicedesk.inquiry.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.QueueSort;
import io.servicedesk.casework.QueueView;
import io.servicedesk.inquiry.InquiryStatus;
import io.servicedesk.shared.Priority;
import io.servicedesk.sla.SlaState;

/**
 * The query string of {@code /inquiries}: the view, the filters, the order and the page.
 * It writes itself back into links, so a tab or the next page keeps everything else.
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

	private String link(QueueView targetView, String cursor) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/inquiries");
		uri.queryParam("view", targetView.name().toLowerCase(java.util.Locale.ROOT));
		List<Object[]> params = new ArrayList<>();
		params.add(new Object[] { "status", status });
		params.add(new Object[] { "priority", priority });
		params.add(new Object[] { "category", category });
		params.add(new Object[] { "channel", channel });
		params.add(new Object[] { "slaState", slaState });
		params.add(new Object[] { "client", client });
		params.add(new Object[] { "q", q });
		params.add(new Object[] { "sort", sort == QueueSort.SLA ? null : sort });
		params.add(new Object[] { "after", cursor });
		for (Object[] param : params) {
			if (param[1] != null && !param[1].toString().isBlank()) {
				uri.queryParam((String) param[0], param[1].toString());
			}
		}
		return uri.encode().build().toUriString();
	}

}
