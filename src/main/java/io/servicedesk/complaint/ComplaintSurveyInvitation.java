package io.servicedesk.complaint;

import io.servicedesk.casework.CaseSurveys;
import io.servicedesk.sla.CaseKind;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Invites the client of a resolved complaint to the survey. It listens in the transaction
 * that approves the resolution, so the invitation is made with the decision or not at
 * all.
 */
@Component
class ComplaintSurveyInvitation {

	private final CaseSurveys surveys;

	ComplaintSurveyInvitation(CaseSurveys surveys) {
		this.surveys = surveys;
	}

	@EventListener
	void on(ComplaintResolved resolved) {
		surveys.invite(CaseKind.COMPLAINT, resolved.reference(), resolved.clientId());
	}

}
