package io.servicedesk.inquiry;

import java.util.List;

import io.servicedesk.casework.CaseQueues;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.workspace.OpenCase;
import io.servicedesk.workspace.OpenCaseSource;

import org.springframework.stereotype.Component;

/**
 * The client's open inquiries on the 360° page and the inquiry page's side panel.
 */
@Component
class OpenInquiries implements OpenCaseSource {

	private final CaseQueues queues;

	OpenInquiries(CaseQueues queues) {
		this.queues = queues;
	}

	@Override
	public List<OpenCase> openCasesOf(long clientId) {
		return queues.activeOf(CaseKind.INQUIRY, clientId)
			.stream()
			.map(row -> new OpenCase(row.reference(), CaseKind.INQUIRY.name(), row.subject(), row.status()))
			.toList();
	}

}
