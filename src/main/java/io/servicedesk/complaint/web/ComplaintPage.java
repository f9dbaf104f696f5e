package io.servicedesk.complaint.web;

import io.servicedesk.sla.CaseKind;
import io.servicedesk.sla.CasePage;

import org.springframework.stereotype.Component;

/**
 * The address of a complaint's page ({@link ComplaintPageController}).
 */
@Component
class ComplaintPage implements CasePage {

	@Override
	public CaseKind kind() {
		return CaseKind.COMPLAINT;
	}

	@Override
	public String of(String caseRef) {
		return "/complaints/" + caseRef;
	}

}
