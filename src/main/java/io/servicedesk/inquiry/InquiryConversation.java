package io.servicedesk.inquiry;

import java.time.Clock;
import java.time.Instant;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseTimeline;
import io.servicedesk.casework.ClockChange;
import io.servicedesk.casework.Viewer;
import io.servicedesk.casework.Visibility;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.shared.RuleViolationException;

import org.springframework.stereotype.Component;

/**
 * The conversation on an inquiry the caller has loaded and may change: staff's replies
 * and internal notes, and the client's answers. What each does to the status and the
 * clock is the inquiry's to say.
 */
@Component
class InquiryConversation {

	private final InquiryFiles files;

	private final CaseTimeline timeline;

	private final ClientService clients;

	private final Clock clock;

	InquiryConversation(InquiryFiles files, CaseTimeline timeline, ClientService clients, Clock clock) {
		this.files = files;
		this.timeline = timeline;
		this.clients = clients;
		this.clock = clock;
	}

	/**
	 * A public reply, stored as outgoing correspondence on the client's preferred channel
	 * (else the one the inquiry came by), or an internal note.
	 */
	Inquiry addMessage(Inquiry inquiry, Viewer viewer, String body, Visibility visibility) {
		String text = requireBody(body);
		Instant now = clock.instant();
		InquiryStatus before = inquiry.status();
		ClockChange change;
		if (visibility == Visibility.INTERNAL) {
			change = inquiry.addNote(viewer.username(), now);
			timeline.record(inquiry, CaseEntryKind.NOTE, null, text, null, viewer.username(), now);
		}
		else {
			change = inquiry.replyToClient(viewer.username(), now);
			ClientDetails client = clients.get(clients.ref(inquiry.getClientId()).number());
			String channel = client.preferredChannel() != null ? client.preferredChannel().name()
					: inquiry.getChannel().name();
			timeline.record(inquiry, CaseEntryKind.MESSAGE_OUT, channel, text, null, viewer.username(), now);
		}
		files.stepTaken(inquiry, before, change, null, viewer.username(), now);
		return inquiry;
	}

	/** The client's answer on the channel it came by; on the phone it is a call. */
	Inquiry recordClientAnswer(Inquiry inquiry, Viewer viewer, String body, CaseChannel channel) {
		String text = requireBody(body);
		Instant now = clock.instant();
		InquiryStatus before = inquiry.status();
		ClockChange change = inquiry.clientAnswered(viewer.username(), now);
		CaseChannel via = channel == null ? inquiry.getChannel() : channel;
		timeline.record(inquiry, via == CaseChannel.PHONE ? CaseEntryKind.CALL : CaseEntryKind.MESSAGE_IN, via.name(),
				text, null, viewer.username(), now);
		files.stepTaken(inquiry, before, change, null, viewer.username(), now);
		return inquiry;
	}

	private static String requireBody(String body) {
		if (body == null || body.isBlank()) {
			throw new RuleViolationException("case.message.required");
		}
		return body.strip();
	}

}
