package io.servicedesk.inquiry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.attachment.Upload;
import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseEntryView;
import io.servicedesk.casework.CaseReplies;
import io.servicedesk.casework.CaseTimeline;
import io.servicedesk.casework.ClockChange;
import io.servicedesk.casework.ReplyRoute;
import io.servicedesk.casework.SentReply;
import io.servicedesk.casework.Viewer;
import io.servicedesk.correspondence.MailKind;
import io.servicedesk.shared.RuleViolationException;

import org.springframework.stereotype.Component;

/**
 * The conversation on an inquiry the caller has loaded and may change: staff's replies
 * (by e-mail, or recorded as said on the phone or in person) and internal notes, and the
 * client's answers as staff record them. What each does to the status and the clock is
 * the inquiry's to say.
 */
@Component
class InquiryConversation {

	private final InquiryFiles files;

	private final CaseTimeline timeline;

	private final CaseReplies replies;

	private final Clock clock;

	InquiryConversation(InquiryFiles files, CaseTimeline timeline, CaseReplies replies, Clock clock) {
		this.files = files;
		this.timeline = timeline;
		this.replies = replies;
		this.clock = clock;
	}

	/**
	 * An internal note, with its files: only staff see it, and it is never a response.
	 */
	Inquiry addNote(Inquiry inquiry, Viewer viewer, String body, List<Upload> uploads) {
		String text = requireBody(body);
		Instant now = clock.instant();
		InquiryStatus before = inquiry.status();
		ClockChange change = inquiry.addNote(viewer.username(), now);
		CaseEntryView entry = timeline.record(inquiry, CaseEntryKind.NOTE, null, text, null, viewer.username(), now);
		replies.attach(inquiry, entry, null, uploads, viewer.username());
		files.stepTaken(inquiry, before, change, null, viewer.username(), now);
		return inquiry;
	}

	/**
	 * A public reply by the route chosen ({@code null}: by e-mail where the client has an
	 * address): queued as an e-mail, or recorded as said on the phone or in person.
	 */
	SentReply reply(Inquiry inquiry, Viewer viewer, String body, ReplyRoute route, List<Upload> uploads) {
		String text = requireBody(body);
		Instant now = clock.instant();
		InquiryStatus before = inquiry.status();
		ClockChange change = inquiry.replyToClient(viewer.username(), now);
		SentReply sent = replies.send(inquiry, MailKind.CASE_REPLY, route, text, uploads, viewer.username(), now);
		files.stepTaken(inquiry, before, change, null, viewer.username(), now);
		return sent;
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
