package io.servicedesk.inquiry.web;

import io.servicedesk.casework.QueueQueries;
import io.servicedesk.casework.SavedViewQueue;
import io.servicedesk.casework.Viewer;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.sla.CaseKind;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The inquiry queue's saved views: read with the queue's own form and editors, counted
 * with its own query.
 */
@Component
class InquirySavedViewQueue implements SavedViewQueue {

	private final InquiryService inquiries;

	InquirySavedViewQueue(InquiryService inquiries) {
		this.inquiries = inquiries;
	}

	@Override
	public CaseKind kind() {
		return CaseKind.INQUIRY;
	}

	@Override
	public String path() {
		return "/inquiries";
	}

	@Override
	public String normalise(MultiValueMap<String, String> parameters) {
		return form(parameters).query();
	}

	@Override
	public long count(String query, Viewer viewer, int cap) {
		QueueForm form = form(QueueQueries.decode(query));
		return inquiries.count(viewer, form.filter(inquiries.clientIdFor(form.client())), cap);
	}

	private static QueueForm form(MultiValueMap<String, String> parameters) {
		return QueueQueries.bind(QueueForm.class, parameters, InquiryListController::editors);
	}

}
