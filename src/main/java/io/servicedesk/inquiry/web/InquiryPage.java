package io.servicedesk.inquiry.web;

import io.servicedesk.sla.CaseKind;
import io.servicedesk.sla.CasePage;

import org.springframework.stereotype.Component;

/**
 * The address of an inquiry's page ({@link InquiryPageController}).
 */
@Component
class InquiryPage implements CasePage {

	@Override
	public CaseKind kind() {
		return CaseKind.INQUIRY;
	}

	@Override
	public String of(String caseRef) {
		return "/inquiries/" + caseRef;
	}

}
