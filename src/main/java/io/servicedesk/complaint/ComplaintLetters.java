package io.servicedesk.complaint;

import java.time.Instant;
import java.util.Locale;

import io.servicedesk.casework.CaseSla;
import io.servicedesk.casework.Viewer;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.Salutations;
import io.servicedesk.sla.SlaView;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts the desk offers to send about a complaint, in the client's language.
 */
@Component
class ComplaintLetters {

	private final ComplaintFiles files;

	private final CaseSla sla;

	private final MessageSource messages;

	private final Salutations salutations;

	ComplaintLetters(ComplaintFiles files, CaseSla sla, MessageSource messages, Salutations salutations) {
		this.files = files;
		this.salutations = salutations;
		this.sla = sla;
		this.messages = messages;
	}

	/**
	 * The acknowledgement: the reference and the date and time by which the desk will
	 * decide, on the clock of the desk's business calendar (the one the complaint's SLA
	 * policy counts in).
	 */
	String acknowledgement(Complaint complaint, Viewer viewer) {
		ClientDetails client = files.clientOf(complaint);
		Locale locale = client.preferredLanguage().locale();
		Instant due = sla.view(complaint).map(SlaView::resolutionDueAt).orElse(null);
		String deadline = due == null ? "-" : new ResolutionDeadline(due, sla.calendarZone(complaint)).format(locale);
		return messages.getMessage("complaint.acknowledgement.template", new Object[] { salutations.of(client, locale),
				complaint.getReference(), deadline, viewer.displayName() }, locale);
	}

}
