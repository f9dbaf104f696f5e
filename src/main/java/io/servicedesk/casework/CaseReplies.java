package io.servicedesk.casework;

import java.time.Instant;
import java.util.List;

import io.servicedesk.attachment.AttachmentOrigin;
import io.servicedesk.attachment.Attachments;
import io.servicedesk.attachment.NewAttachment;
import io.servicedesk.attachment.Upload;

import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.Email;
import io.servicedesk.correspondence.Correspondence;
import io.servicedesk.correspondence.MailKind;
import io.servicedesk.correspondence.MailRequest;
import io.servicedesk.correspondence.OutgoingMessageView;
import io.servicedesk.shared.RuleViolationException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's words to the client on a case (a reply, a complaint acknowledgement or
 * decision), recorded on the timeline as they went: queued as an e-mail in this
 * transaction (the timeline line then shows its delivery), or recorded as said on the
 * phone or in person, or recorded without being sent. Nothing claims to be sent that was
 * not queued for sending.
 */
@Component
public class CaseReplies {

	/** The detail of a line recorded without being sent. */
	public static final String NOT_SENT = "not-sent";

	private final CaseTimeline timeline;

	private final Correspondence correspondence;

	private final ClientService clients;

	private final Attachments attachments;

	CaseReplies(CaseTimeline timeline, Correspondence correspondence, ClientService clients, Attachments attachments) {
		this.timeline = timeline;
		this.correspondence = correspondence;
		this.clients = clients;
		this.attachments = attachments;
	}

	/**
	 * Sends the words by the route chosen ({@code null}: by e-mail where the client has
	 * an address, else recorded only). An e-mail needs an address: the client's or the
	 * one chosen, exactly one and valid.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public SentReply send(CaseFile caseFile, MailKind kind, ReplyRoute route, String text, String actor, Instant at) {
		return send(caseFile, kind, route, text, List.of(), actor, at);
	}

	/**
	 * {@link #send} with files: they go with the words, on the case's timeline and in the
	 * e-mail.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public SentReply send(CaseFile caseFile, MailKind kind, ReplyRoute route, String text, List<Upload> files,
			String actor, Instant at) {
		ClientDetails client = clients.get(clients.ref(caseFile.getClientId()).number());
		ReplyRoute chosen = route == null ? ReplyRoute.defaultFor(client) : route;
		SentReply sent;
		CaseEntryView entry;
		switch (chosen.via()) {
			case EMAIL -> {
				String to = chosen.to() != null ? chosen.to() : client.email();
				if (to == null) {
					throw new RuleViolationException("case.reply.no-address", client.number());
				}
				if (!Email.isValid(to)) {
					throw new RuleViolationException("case.reply.address-invalid");
				}
				OutgoingMessageView message = correspondence
					.queue(MailRequest.onCase(kind, client.id(), caseFile.caseKind().name(), caseFile.getReference(),
							caseFile.getSubject(), to, text, actor))
					.orElseThrow(() -> new RuleViolationException("case.reply.no-address", client.number()));
				entry = timeline.record(caseFile, CaseEntryKind.MESSAGE_OUT, CaseChannel.EMAIL.name(), text, null,
						actor, at, message.id(), null);
				sent = new SentReply(chosen.via(), message.to(), message.id());
			}
			case PHONE, IN_PERSON -> {
				entry = timeline.record(caseFile, CaseEntryKind.MESSAGE_OUT, chosen.via().name(), text, null, actor,
						at);
				sent = new SentReply(chosen.via(), null, null);
			}
			default -> {
				entry = timeline.record(caseFile, CaseEntryKind.MESSAGE_OUT, null, text, NOT_SENT, actor, at);
				sent = new SentReply(chosen.via(), null, null);
			}
		}
		attach(caseFile, entry, sent.outgoingMessageId(), files, actor);
		return sent;
	}

	/**
	 * Files that came with a line of the case's timeline (a reply, an internal note), and
	 * with the outgoing mail of a reply, if any.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void attach(CaseFile caseFile, CaseEntryView entry, Long outgoingMessageId, List<Upload> files,
			String actor) {
		if (!files.isEmpty()) {
			attachments
				.store(NewAttachment.onCase(caseFile.getClientId(), caseFile.getReference(), AttachmentOrigin.UPLOAD)
					.withEntry(entry.id(), outgoingMessageId, null), files, actor);
		}
	}

}
