package io.servicedesk.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseTimeline;
import io.servicedesk.casework.ClientMail;
import io.servicedesk.casework.MailAnswer;
import io.servicedesk.notification.NewNotification;
import io.servicedesk.notification.Notifications;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints and the client's mail: an answer to a complaint is appended as the client's
 * message and tells the assignee in the bell. It takes no step of the formal process by
 * itself (accepting a decision or disputing it is for staff to record); a closed
 * complaint takes no more messages, so the mailbox opens a new inquiry linked to it.
 */
@Service
public class ComplaintMailIntake {

	private final ComplaintRepository complaints;

	private final CaseTimeline timeline;

	private final Notifications notifications;

	ComplaintMailIntake(ComplaintRepository complaints, CaseTimeline timeline, Notifications notifications) {
		this.complaints = complaints;
		this.timeline = timeline;
		this.notifications = notifications;
	}

	/** Whether a reference names a complaint. */
	public static boolean isComplaint(String reference) {
		return reference != null && reference.toUpperCase(Locale.ROOT).startsWith(ComplaintService.REFERENCE_PREFIX);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public MailAnswer answer(String reference, ClientMail mail) {
		Complaint complaint = complaints.findByReference(reference.strip().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new ComplaintNotFoundException(reference));
		if (complaint.status() == ComplaintStatus.CLOSED) {
			return new MailAnswer(complaint.getReference(), false, complaint.getClientId(), complaint.getTeamId());
		}
		Instant now = mail.receivedAt();
		timeline.record(complaint, CaseEntryKind.MESSAGE_IN, CaseChannel.EMAIL.name(),
				mail.text().isBlank() ? "—" : mail.text(), null, ClientMail.CLIENT, now, null, mail.incomingMailId());
		complaint.touch(ClientMail.CLIENT, now);
		complaints.flush();
		if (complaint.getAssignee() != null) {
			notifications.send(new NewNotification(List.of(complaint.getAssignee()), "notification.client-answered",
					List.of(complaint.getReference()), "/complaints/" + complaint.getReference(),
					"client-answered:" + mail.incomingMailId()));
		}
		return new MailAnswer(complaint.getReference(), true, complaint.getClientId(), complaint.getTeamId());
	}

}
