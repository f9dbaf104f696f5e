package io.servicedesk.casework;

import io.servicedesk.survey.SurveyAnswered;
import io.servicedesk.survey.SurveySent;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The satisfaction survey on the case's timeline: the invitation sent on resolution and
 * the client's answer.
 */
@Component
class CaseSurveyEntries {

	private final CaseTimeline timeline;

	CaseSurveyEntries(CaseTimeline timeline) {
		this.timeline = timeline;
	}

	@ApplicationModuleListener
	void on(SurveySent sent) {
		timeline.recordFor(sent.caseRef(), CaseEntryKind.SURVEY_SENT, null, sent.link(), "system", sent.occurredAt());
	}

	@ApplicationModuleListener
	void on(SurveyAnswered answered) {
		timeline.recordFor(answered.caseRef(), CaseEntryKind.SURVEY_ANSWERED, answered.comment(),
				Integer.toString(answered.rating()), "client", answered.occurredAt());
	}

}
