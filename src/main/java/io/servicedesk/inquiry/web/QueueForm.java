package io.servicedesk.inquiry.web;

import java.util.Map;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.QueueFilter;
import io.servicedesk.casework.QueueLinks;
import io.servicedesk.casework.QueueSort;
import io.servicedesk.casework.QueueView;
import io.servicedesk.inquiry.InquiryStatus;
import io.servicedesk.shared.Priority;
import io.servicedesk.sla.SlaState;

/**
 * The query string of {@code /inquiries}: the view, the filters, the order and the page,
 * written back into links as {@link QueueLinks} says (the order only when it is not the
 * default, by SLA).
 */
public record QueueForm(QueueView view, InquiryStatus status, Priority priority, String category, CaseChannel channel,
		SlaState slaState, String client, String q, QueueSort sort, String after) implements QueueLinks<QueueView> {

	public QueueForm {
		view = view == null ? QueueView.MINE : view;
		sort = sort == null ? QueueSort.SLA : sort;
	}

	/** What the queue shows, with the client's id for its number. */
	QueueFilter filter(Long clientId) {
		return new QueueFilter(view, status == null ? null : status.name(), priority, category, channel, slaState,
				clientId, q, sort);
	}

	@Override
	public String path() {
		return "/inquiries";
	}

	@Override
	public Map<String, Object> filters() {
		return QueueLinks.named("status", status, "priority", priority, "category", category, "channel", channel,
				"slaState", slaState, "client", client, "q", q, "sort", sort == QueueSort.SLA ? null : sort);
	}

	static String parameter(QueueView view) {
		return QueueLinks.parameter(view);
	}

}
