package io.servicedesk.casework;

import io.servicedesk.shared.Priority;
import io.servicedesk.sla.SlaState;

/**
 * What a queue shows. Without a status only the active cases; {@code text} is a full-text
 * query over subjects and messages, or a case reference, which matches exactly.
 *
 * @param status a status name of the case kind's lifecycle, {@link #ANY_STATUS}, or
 * {@code null}
 * @param clientId the client's id, or {@code null}
 */
public record QueueFilter(QueueView view, String status, Priority priority, String categoryCode, CaseChannel channel,
		SlaState slaState, Long clientId, String text, QueueSort sort) {

	/** The status of a filter that shows cases in every status, active or not. */
	public static final String ANY_STATUS = "*";

	public QueueFilter {
		view = view == null ? QueueView.MINE : view;
		sort = sort == null ? QueueSort.SLA : sort;
		text = text == null || text.isBlank() ? null : text.strip();
		categoryCode = categoryCode == null || categoryCode.isBlank() ? null : categoryCode.strip();
		status = status == null || status.isBlank() ? null : status.strip();
	}

	public static QueueFilter of(QueueView view) {
		return new QueueFilter(view, null, null, null, null, null, null, null, null);
	}

}
