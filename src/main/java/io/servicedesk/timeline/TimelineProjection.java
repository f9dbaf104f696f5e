package io.servicedesk.timeline;

import io.servicedesk.account.AccountActivated;
import io.servicedesk.account.AccountEvent;
import io.servicedesk.account.AccountOpened;
import io.servicedesk.account.AccountReactivated;
import io.servicedesk.account.AccountSuspended;
import io.servicedesk.casework.CaseCorrespondenceRecorded;
import io.servicedesk.client.ClientErased;
import io.servicedesk.client.ClientMerged;
import io.servicedesk.client.ClientRegistered;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.correspondence.OutgoingMessageQueued;
import io.servicedesk.order.OrderDelayed;
import io.servicedesk.order.OrderPlaced;
import io.servicedesk.order.OrderStatusChanged;
import io.servicedesk.survey.SurveyAnswered;
import io.servicedesk.survey.SurveySent;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the client's timeline from what the other modules publish.
 */
@Component
class TimelineProjection {

	private static final int DETAIL_LENGTH = 100;

	private static final int SUMMARY_LENGTH = 2000;

	static final String MERGED_FROM = "FROM";

	static final String MERGED_INTO = "INTO";

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
		// the detail holds codes and values only (the status, and a refund's amount), put
		// into words when shown
		timeline.record(event.clientId(), event.occurredAt(), TimelineKind.ORDER_STATUS_CHANGED, event.orderNumber(),
				event.refund() == null ? event.to().name() : event.to().name() + " " + event.refund(), null,
				event.note(), event.actor());
	}

	@ApplicationModuleListener
	void on(OrderDelayed event) {
		timeline.record(event.clientId(), event.occurredAt(), TimelineKind.ORDER_DELAYED, event.orderNumber(),
				event.newPromisedDate() == null ? null : event.newPromisedDate().toString(), event.clientInformedVia(),
				event.note(), event.actor());
	}

	/**
	 * The invitation is an outgoing message to the client; its link is kept for staff to
	 * pass on.
	 */
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

	/**
	 * Correspondence on inquiries and complaints: the case reference, its subject and the
	 * message.
	 */
	@ApplicationModuleListener
	void on(CaseCorrespondenceRecorded event) {
		TimelineKind kind = switch (event.kind()) {
			case OPENED -> TimelineKind.CASE_OPENED;
			case MESSAGE_IN, CALL -> TimelineKind.CASE_MESSAGE_IN;
			default -> TimelineKind.CASE_MESSAGE_OUT;
		};
		timeline.record(event.clientId(), event.occurredAt(), kind, event.reference(),
				shorten(event.subject(), DETAIL_LENGTH), contactChannel(event.channel()),
				shorten(event.body(), SUMMARY_LENGTH), event.actor(), event.outgoingMessageId());
	}

	/**
	 * A standard notice e-mailed to the client; what the desk wrote on a case comes with
	 * the case's correspondence instead.
	 */
	@ApplicationModuleListener
	void on(OutgoingMessageQueued event) {
		if (!event.kind().isNotice()) {
			return;
		}
		timeline.record(event.clientId(), event.occurredAt(), TimelineKind.MAIL_NOTICE, event.subjectRef(),
				event.kind().name(), ContactChannel.EMAIL, shorten(event.subject(), SUMMARY_LENGTH), event.actor(),
				event.messageId());
	}

	/**
	 * A client merged into another, in the transaction of the merge: their lines move to
	 * the survivor (but their registration), and both timelines say so.
	 */
	@EventListener
	void on(ClientMerged event) {
		timeline.moveClient(event.fromClientId(), event.toClientId());
		timeline.record(event.toClientId(), event.occurredAt(), TimelineKind.CLIENT_MERGED, event.fromNumber(),
				MERGED_FROM, null, null, event.actor());
		timeline.record(event.fromClientId(), event.occurredAt(), TimelineKind.CLIENT_MERGED, event.toNumber(),
				MERGED_INTO, null, null, event.actor());
	}

	@ApplicationModuleListener
	void on(ClientErased event) {
		timeline.eraseTexts(event.clientId());
	}

	/**
	 * The client contact channel a case channel corresponds to; chat and social media
	 * have none.
	 */
	private static ContactChannel contactChannel(String channel) {
		if (channel == null) {
			return null;
		}
		return switch (channel) {
			case "PHONE", "EMAIL", "FAX", "IN_PERSON", "WEB", "LETTER" -> ContactChannel.valueOf(channel);
			case "WEB_FORM" -> ContactChannel.WEB;
			default -> null;
		};
	}

	private static String shorten(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

}
