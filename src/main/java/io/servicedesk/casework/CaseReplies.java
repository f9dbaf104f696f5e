package io.servicedesk.casework;

import java.time.Instant;

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

	CaseReplies(CaseTimeline timeline, Correspondence correspondence, ClientService clients) {
		this.timeline = timeline;
		this.correspondence = correspondence;
		this.clients = clients;
	}

	/**
	 * Sends the words by the route chosen ({@code null}: by e-mail where the client has
	 * an address, else recorded only). An e-mail needs an address: the client's or the
	 * one chosen, exactly one and valid.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public SentReply send(CaseFile caseFile, MailKind kind, ReplyRoute route, String text, String actor, Instant at) {
		ClientDetails client = clients.get(clients.ref(caseFile.getClientId()).number());
		ReplyRoute chosen = route == null ? ReplyRoute.defaultFor(client) : route;
		return switch (chosen.via()) {
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
				timeline.record(caseFile, CaseEntryKind.MESSAGE_OUT, CaseChannel.EMAIL.name(), text, null, actor, at,
						message.id(), null);
				yield new SentReply(chosen.via(), message.to(), message.id());
			}
			case PHONE, IN_PERSON -> {
				timeline.record(caseFile, CaseEntryKind.MESSAGE_OUT, chosen.via().name(), text, null, actor, at);
				yield new SentReply(chosen.via(), null, null);
			}
			case NONE -> {
				timeline.record(caseFile, CaseEntryKind.MESSAGE_OUT, null, text, NOT_SENT, actor, at);
				yield new SentReply(chosen.via(), null, null);
			}
		};
	}

}
