package io.servicedesk.inquiry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.servicedesk.casework.CaseQueues;
import io.servicedesk.casework.CaseTimeline;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.workspace.PersonalDataSource;

import org.springframework.stereotype.Component;

/**
 * The client's inquiries in the personal-data export: subject, status and the whole
 * correspondence.
 */
@Component
class InquiryPersonalData implements PersonalDataSource {

	private final CaseQueues queues;

	private final CaseTimeline timeline;

	InquiryPersonalData(CaseQueues queues, CaseTimeline timeline) {
		this.queues = queues;
		this.timeline = timeline;
	}

	@Override
	public String section() {
		return "inquiries";
	}

	@Override
	public List<Map<String, Object>> personalDataOf(long clientId) {
		return queues.allOf(CaseKind.INQUIRY, clientId).stream().map(headline -> {
			Map<String, Object> inquiry = new LinkedHashMap<>();
			inquiry.put("reference", headline.reference());
			inquiry.put("subject", headline.subject());
			inquiry.put("status", headline.status());
			inquiry.put("timeline", timeline.entries(headline.reference()));
			return inquiry;
		}).toList();
	}

}
