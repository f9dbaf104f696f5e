package io.servicedesk.complaint;

import io.servicedesk.timeline.TimelineKind;
import io.servicedesk.timeline.TimelineService;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts what the client was told about a complaint on the client's timeline: that it was
 * registered, the acknowledgement, the decision and a reopening, each with its text. It
 * lives with the complaints (not in the timeline module) so that the timeline needs to
 * know nothing of them.
 */
@Component
class ComplaintTimelineEntries {

	private final TimelineService timeline;

	ComplaintTimelineEntries(TimelineService timeline) {
		this.timeline = timeline;
	}

	@ApplicationModuleListener
	void on(ComplaintRegistered event) {
		timeline.record(event.clientId(), event.occurredAt(), TimelineKind.COMPLAINT_REGISTERED, event.reference(),
				event.severity().name(), null, event.subject(), event.actor());
	}

	@ApplicationModuleListener
	void on(ComplaintAcknowledged event) {
		timeline.record(event.clientId(), event.occurredAt(), TimelineKind.COMPLAINT_ACKNOWLEDGED, event.reference(),
				null, null, event.message(), event.actor());
	}

	@ApplicationModuleListener
	void on(ComplaintResolved event) {
		timeline.record(event.clientId(), event.occurredAt(), TimelineKind.COMPLAINT_RESOLVED, event.reference(),
				event.outcome().name(), null, event.message(), event.approvedBy());
	}

	@ApplicationModuleListener
	void on(ComplaintReopened event) {
		timeline.record(event.clientId(), event.occurredAt(), TimelineKind.COMPLAINT_REOPENED, event.reference(), null,
				null, event.reason(), event.actor());
	}

}
