package io.servicedesk.complaint;

import java.util.List;

import io.servicedesk.casework.CaseQueues;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.workspace.OpenCase;
import io.servicedesk.workspace.OpenCaseSource;

import org.springframework.stereotype.Component;

/**
 * The client's open complaints on the 360° page and the case pages' side panel.
 */
@Component
class OpenComplaints implements OpenCaseSource {

	private final CaseQueues queues;

	OpenComplaints(CaseQueues queues) {
		this.queues = queues;
	}

	@Override
	public List<OpenCase> openCasesOf(long clientId) {
		return queues.activeOf(CaseKind.COMPLAINT, clientId)
			.stream()
			.map(row -> new OpenCase(row.reference(), CaseKind.COMPLAINT.name(), row.subject(), row.status()))
			.toList();
	}

}
