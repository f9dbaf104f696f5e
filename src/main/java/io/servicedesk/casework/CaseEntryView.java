package io.servicedesk.casework;

import java.time.Instant;

import java.util.List;

import io.servicedesk.attachment.AttachmentView;
import io.servicedesk.correspondence.Delivery;

/**
 * A line of a case's timeline as pages and the API show it.
 *
 * @param channel the channel of a message (a {@link CaseChannel} or the client's
 * preferred channel), or {@code null}
 * @param detail what changed, for example {@code OPEN → WAITING_ON_CLIENT}, or
 * {@code null}
 * @param outgoingMessageId the outgoing message a reply became, if it went by e-mail
 * @param incomingMailId the incoming mail a client's message came in, if it came by
 * e-mail
 * @param delivery how the outgoing message was delivered, or {@code null}
 * @param files the files that came with the line (a reply's, a note's, a client's mail's)
 */
public record CaseEntryView(long id, CaseEntryKind kind, String channel, String body, String detail, String actor,
		Instant occurredAt, Long outgoingMessageId, Long incomingMailId, Delivery delivery,
		List<AttachmentView> files) {

	public CaseEntryView {
		files = files == null ? List.of() : List.copyOf(files);
	}

	public CaseEntryView(long id, CaseEntryKind kind, String channel, String body, String detail, String actor,
			Instant occurredAt) {
		this(id, kind, channel, body, detail, actor, occurredAt, null, null, null, List.of());
	}

	/** Whether the client's words came in by mail (their quoted history is folded). */
	public boolean fromMail() {
		return incomingMailId != null;
	}

	public boolean internal() {
		return kind == CaseEntryKind.NOTE;
	}

}
