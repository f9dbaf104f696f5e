package io.servicedesk.complaint.web;

import io.servicedesk.casework.QueueQueries;
import io.servicedesk.casework.SavedViewQueue;
import io.servicedesk.casework.Viewer;
import io.servicedesk.complaint.ComplaintQueue;
import io.servicedesk.sla.CaseKind;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The complaint queue's saved views: read with the queue's own form and editors, counted
 * with its own query.
 */
@Component
class ComplaintSavedViewQueue implements SavedViewQueue {

	private final ComplaintQueue queue;

	ComplaintSavedViewQueue(ComplaintQueue queue) {
		this.queue = queue;
	}

	@Override
	public CaseKind kind() {
		return CaseKind.COMPLAINT;
	}

	@Override
	public String path() {
		return "/complaints";
	}

	@Override
	public String normalise(MultiValueMap<String, String> parameters) {
		return form(parameters).query();
	}

	@Override
	public long count(String query, Viewer viewer, int cap) {
		return queue.count(viewer, form(QueueQueries.decode(query)).filter(), cap);
	}

	private static ComplaintQueueForm form(MultiValueMap<String, String> parameters) {
		return QueueQueries.bind(ComplaintQueueForm.class, parameters, ComplaintListController::editors);
	}

}
