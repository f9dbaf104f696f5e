package io.servicedesk.complaint;

import java.util.Arrays;
import java.util.List;

import io.servicedesk.inquiry.EscalationChoices;

import org.springframework.stereotype.Component;

/** The severities of a complaint, for the escalation form of the inquiry page. */
@Component
class ComplaintEscalationChoices implements EscalationChoices {

	@Override
	public List<String> severities() {
		return Arrays.stream(Severity.values()).map(Severity::name).toList();
	}

}
