package io.servicedesk.complaint;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.servicedesk.attachment.Upload;
import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseEntryView;
import io.servicedesk.casework.CaseReplies;
import io.servicedesk.casework.CaseSteps;
import io.servicedesk.casework.CaseTimeline;
import io.servicedesk.casework.ClockChange;
import io.servicedesk.casework.ReplyRoute;
import io.servicedesk.casework.SentReply;
import io.servicedesk.casework.Viewer;
import io.servicedesk.correspondence.MailKind;
import io.servicedesk.notification.NewNotification;
import io.servicedesk.notification.Notifications;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.staff.TeamDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The steps of the formal complaint process on a complaint the caller has loaded and may
 * change ({@link ComplaintService} checks access and version, and shows the result): each
 * step is the aggregate's, then the lines it writes on the case timeline, then the
 * bookkeeping of {@link CaseSteps} (status line, clock change, audit entry) and the event
 * that announces it.
 */
@Component
class ComplaintLifecycle {

	private final CaseTimeline timeline;

	private final CaseSteps steps;

	private final CaseReplies replies;

	private final TeamDirectory teams;

	private final ComplaintRegistration registration;

	private final ComplaintProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Notifications notifications;

	ComplaintLifecycle(CaseTimeline timeline, CaseSteps steps, CaseReplies replies, TeamDirectory teams,
			ComplaintRegistration registration, ComplaintProperties properties, ApplicationEventPublisher events,
			Notifications notifications, Clock clock) {
		this.notifications = notifications;
		this.timeline = timeline;
		this.steps = steps;
		this.replies = replies;
		this.teams = teams;
		this.registration = registration;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The acknowledgement, with its text, goes to the client by the route chosen: the
	 * first response.
	 */
	SentReply acknowledge(Complaint complaint, Viewer viewer, String text, ReplyRoute route) {
		return run(complaint, viewer.username(), "complaint.acknowledged", clock.instant(), now -> {
			ClockChange change = complaint.acknowledge(viewer.username(), now);
			SentReply sent = replies.send(complaint, MailKind.COMPLAINT_ACKNOWLEDGEMENT, route, text, viewer.username(),
					now);
			return new Done(change, null, new ComplaintAcknowledged(complaint.getReference(), complaint.getClientId(),
					text, viewer.username(), now), sent);
		}).sent();
	}

	Complaint investigate(Complaint complaint, Viewer viewer) {
		return step(complaint, viewer.username(), "complaint.investigating",
				now -> new Done(complaint.startInvestigation(viewer.username(), now), null, null));
	}

	Complaint forward(Complaint complaint, Viewer viewer, String team, String question, Instant answerDueAt) {
		long teamId = teams.findTeamId(team == null ? "" : team.strip())
			.orElseThrow(() -> new RuleViolationException("case.team.unknown", team));
		return step(complaint, viewer.username(), "complaint.forwarded", now -> {
			ClockChange change = complaint.forward(teamId, question, answerDueAt, viewer.username(), now);
			String teamName = teams.teamName(teamId).orElse(team);
			timeline.record(complaint, CaseEntryKind.NOTE, null, complaint.getForwardQuestion(),
					"forwarded:" + teamName + ":" + answerDueAt, viewer.username(), now);
			tell(teams.activeUsernamesOfTeam(teamId), viewer, "notification.forwarded-to-team", complaint, now,
					teamName);
			return new Done(change, "team=" + teamName + ", due=" + answerDueAt, null);
		});
	}

	Complaint recordFinding(Complaint complaint, Viewer viewer, String finding) {
		String text = requireBody(finding);
		return step(complaint, viewer.username(), "complaint.finding-recorded", now -> {
			String teamName = teams.teamName(complaint.getForwardedTeamId()).orElse("-");
			ClockChange change = complaint.recordFinding(viewer.username(), now);
			timeline.record(complaint, CaseEntryKind.NOTE, null, text, "finding:" + teamName, viewer.username(), now);
			return new Done(change, "team=" + teamName, null);
		});
	}

	Complaint proposeResolution(Complaint complaint, Viewer viewer, ProposedResolution proposal) {
		registration.categoryCode(proposal.rootCause());
		return step(complaint, viewer.username(), "complaint.resolution-proposed", now -> {
			ClockChange change = complaint.proposeResolution(proposal, viewer.username(), viewer.supervisor(), now);
			timeline.record(complaint, CaseEntryKind.NOTE, null, proposal.message().strip(),
					"proposal:" + describe(complaint.getProposal()), viewer.username(), now);
			return new Done(change, describe(complaint.getProposal()), null);
		});
	}

	/**
	 * Approving sends the proposed message to the client (by e-mail where the client has
	 * an address) and resolves the complaint.
	 */
	SentReply approve(Complaint complaint, Viewer viewer) {
		return run(complaint, viewer.username(), "complaint.resolution-approved", clock.instant(), now -> {
			ClockChange change = complaint.approveResolution(viewer.username(), viewer.supervisor(), now);
			ProposedResolution proposal = complaint.getProposal();
			SentReply sent = replies.send(complaint, MailKind.COMPLAINT_DECISION, null, proposal.message(),
					viewer.username(), now);
			tell(complaint.getProposedBy(), viewer, "notification.proposal-approved", complaint, now);
			return new Done(change, describe(proposal),
					new ComplaintResolved(complaint.getReference(), complaint.getClientId(), proposal.outcome(),
							proposal.remedy(), proposal.message(), viewer.username(), now),
					sent);
		}).sent();
	}

	/**
	 * A supervisor's review: approving sends the decision ({@link #approve}), sending
	 * back returns the complaint to the investigation ({@code null}: nothing was sent).
	 */
	SentReply review(Complaint complaint, Viewer viewer, ReviewDecision decision, String comment) {
		if (!viewer.supervisor()) {
			throw new AccessDeniedException("Only supervisors review complaint resolutions");
		}
		if (decision == ReviewDecision.APPROVE) {
			return approve(complaint, viewer);
		}
		sendBack(complaint, viewer, comment);
		return null;
	}

	Complaint sendBack(Complaint complaint, Viewer viewer, String comment) {
		return step(complaint, viewer.username(), "complaint.resolution-sent-back", now -> {
			ClockChange change = complaint.sendBack(viewer.username(), viewer.supervisor(), comment, now);
			timeline.record(complaint, CaseEntryKind.NOTE, null, comment.strip(), "sent-back", viewer.username(), now);
			tell(complaint.getProposedBy(), viewer, "notification.proposal-sent-back", complaint, now);
			return new Done(change, comment.strip(), null);
		});
	}

	/**
	 * Closes a resolved complaint: the client accepted the resolution, or (without a
	 * viewer: the close job) did not answer in time.
	 */
	Complaint close(Complaint complaint, String actor, boolean withoutAnswer, Instant at) {
		return step(complaint, actor, "complaint.closed", at,
				now -> new Done(complaint.close(actor, now), withoutAnswer ? "no-answer" : "accepted",
						new ComplaintClosed(complaint.getReference(), complaint.getClientId(), withoutAnswer, now)));
	}

	Complaint reopen(Complaint complaint, Viewer viewer, String reason) {
		return step(complaint, viewer.username(), "complaint.reopened", now -> {
			ClockChange change = complaint.reopen(reason, properties.reopenWindow(), viewer.username(), now);
			timeline.record(complaint, CaseEntryKind.MESSAGE_IN, complaint.getChannel().name(), reason.strip(),
					"reopened", viewer.username(), now);
			return new Done(change, reason.strip(), new ComplaintReopened(complaint.getReference(),
					complaint.getClientId(), reason.strip(), viewer.username(), now));
		});
	}

	/** An internal note; it changes no status. */
	Complaint addNote(Complaint complaint, Viewer viewer, String body, List<Upload> uploads) {
		String text = requireBody(body);
		Instant now = clock.instant();
		CaseEntryView entry = timeline.record(complaint, CaseEntryKind.NOTE, null, text, null, viewer.username(), now);
		replies.attach(complaint, entry, null, uploads, viewer.username());
		complaint.touch(viewer.username(), now);
		return complaint;
	}

	/** A reply to the client by the route chosen; it changes no status. */
	SentReply reply(Complaint complaint, Viewer viewer, String body, ReplyRoute route, List<Upload> uploads) {
		String text = requireBody(body);
		Instant now = clock.instant();
		SentReply sent = replies.send(complaint, MailKind.CASE_REPLY, route, text, uploads, viewer.username(), now);
		complaint.touch(viewer.username(), now);
		return sent;
	}

	/**
	 * What a step answers: its clock change, what its audit entry adds to the new status
	 * ({@code null}: nothing), the event that announces it ({@code null}: none) and how
	 * its words went to the client ({@code null}: it sent none).
	 */
	private record Done(ClockChange change, String detail, Object event, SentReply sent) {

		Done(ClockChange change, String detail, Object event) {
			this(change, detail, event, null);
		}

	}

	private interface Step {

		Done take(Instant now);

	}

	private Complaint step(Complaint complaint, String actor, String action, Step step) {
		return step(complaint, actor, action, clock.instant(), step);
	}

	private Complaint step(Complaint complaint, String actor, String action, Instant now, Step step) {
		run(complaint, actor, action, now, step);
		return complaint;
	}

	private Done run(Complaint complaint, String actor, String action, Instant now, Step step) {
		ComplaintStatus before = complaint.status();
		Done done = step.take(now);
		steps.taken(complaint, before, done.change(), null, actor, now);
		steps.audit(complaint, action, before,
				done.detail() == null ? complaint.status() : complaint.status() + " (" + done.detail() + ")", actor);
		if (done.event() != null) {
			events.publishEvent(done.event());
		}
		return done;
	}

	private static String describe(ProposedResolution proposal) {
		return proposal.outcome() + ", " + proposal.remedy()
				+ (proposal.amount() == null ? "" : ", " + proposal.amount()) + ", root cause " + proposal.rootCause();
	}

	private static String requireBody(String body) {
		if (body == null || body.isBlank()) {
			throw new RuleViolationException("case.message.required");
		}
		return body.strip();
	}

	/**
	 * Tells the people concerned by a step of someone else's (never the one who took it),
	 * once, with a link to the complaint.
	 */
	private void tell(java.util.Collection<String> recipients, Viewer viewer, String messageKey, Complaint complaint,
			Instant at, String... more) {
		List<String> others = recipients.stream()
			.filter(recipient -> recipient != null && !recipient.equals(viewer.username()))
			.distinct()
			.toList();
		if (others.isEmpty()) {
			return;
		}
		List<String> arguments = new java.util.ArrayList<>(List.of(complaint.getReference()));
		arguments.addAll(List.of(more));
		notifications.send(new NewNotification(others, messageKey, arguments, "/complaints/" + complaint.getReference(),
				messageKey + ":" + complaint.getReference() + ":" + at.toEpochMilli()));
	}

	private void tell(String recipient, Viewer viewer, String messageKey, Complaint complaint, Instant at) {
		tell(recipient == null ? List.of() : List.of(recipient), viewer, messageKey, complaint, at);
	}

}
