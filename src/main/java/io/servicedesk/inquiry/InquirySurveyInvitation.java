package io.servicedesk.inquiry;

import io.servicedesk.casework.CaseSurveys;
import io.servicedesk.sla.CaseKind;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Invites the client of a resolved inquiry to the survey. It listens in the transaction
 * that resolves the inquiry, so the invitation is made with the resolution or not at all.
 */
@Component
class InquirySurveyInvitation {

	private final CaseSurveys surveys;

	InquirySurveyInvitation(CaseSurveys surveys) {
		this.surveys = surveys;
	}

	@EventListener
	void on(InquiryResolved resolved) {
		surveys.invite(CaseKind.INQUIRY, resolved.reference(), resolved.clientId());
	}

}
