package io.servicedesk.timeline;

import io.servicedesk.account.AccountActivated;
import io.servicedesk.account.AccountEvent;
import io.servicedesk.account.AccountOpened;
import io.servicedesk.account.AccountReactivated;
import io.servicedesk.account.AccountSuspended;
import io.servicedesk.client.ClientErased;
import io.servicedesk.client.ClientRegistered;
import io.servicedesk.order.OrderDelayed;
import io.servicedesk.order.OrderPlaced;
import io.servicedesk.order.OrderStatusChanged;
import io.servicedesk.survey.SurveyAnswered;
import io.servicedesk.survey.SurveySent;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the client's timeline from what the other modules publish.
 */
@Component
class TimelineProjection {

	private final TimelineService timeline;

	TimelineProjection(TimelineService timeline) {
		this.timeline = timeline;
	}

	@ApplicationModuleListener
	void on(ClientRegistered event) {
		timeline.record(event.clientId(), event.occurredAt(), TimelineKind.CLIENT_REGISTERED, event.number(), null,
				null, null, event.actor());
	}

	@ApplicationModuleListener
	void on(AccountEvent event) {
		TimelineKind kind;
		if (event instanceof AccountOpened) {
			kind = TimelineKind.ACCOUNT_OPENED;
		}
		else if (event instanceof AccountActivated) {
			kind = TimelineKind.ACCOUNT_ACTIVATED;
		}
		else if (event instanceof AccountSuspended) {
			kind = TimelineKind.ACCOUNT_SUSPENDED;
		}
		else if (event instanceof AccountReactivated) {
			kind = TimelineKind.ACCOUNT_REACTIVATED;
		}
		else {
			kind = TimelineKind.ACCOUNT_CLOSED;
		}
		String detail = event instanceof AccountOpened opened ? opened.type() : null;
		String summary = event instanceof AccountOpened ? null : event.detail();
		timeline.record(event.clientId(), event.occurredAt(), kind, event.accountNumber(), detail, null, summary,
				event.actor());
	}

	@ApplicationModuleListener
	void on(OrderPlaced event) {
		timeline.record(event.clientId(), event.occurredAt(), TimelineKind.ORDER_PLACED, event.orderNumber(),
				event.total().toPlainString() + " " + event.currency(), event.channel(), null, event.actor());
	}

	@ApplicationModuleListener
	void on(OrderStatusChanged event) {
		timeline.record(event.clientId(), event.occurredAt(), TimelineKind.ORDER_STATUS_CHANGED, event.orderNumber(),
				event.to().name(), null, event.note(), event.actor());
	}

	@ApplicationModuleListener
	void on(OrderDelayed event) {
		timeline.record(event.clientId(), event.occurredAt(), TimelineKind.ORDER_DELAYED, event.orderNumber(),
				event.newPromisedDate() == null ? null : event.newPromisedDate().toString(), event.clientInformedVia(),
				event.note(), event.actor());
	}

	/** The invitation is an outgoing message to the client; its link is kept for staff to pass on. */
	@ApplicationModuleListener
	void on(SurveySent event) {
		timeline.record(event.clientId(), event.occurredAt(), TimelineKind.SURVEY_SENT, event.caseRef(), event.link(),
				null, null, "system");
	}

	@ApplicationModuleListener
	void on(SurveyAnswered event) {
		timeline.record(event.clientId(), event.occurredAt(), TimelineKind.SURVEY_ANSWERED, event.caseRef(),
				Integer.toString(event.rating()), null, event.comment(), "client");
	}

	@ApplicationModuleListener
	void on(ClientErased event) {
		timeline.eraseTexts(event.clientId());
	}

}
