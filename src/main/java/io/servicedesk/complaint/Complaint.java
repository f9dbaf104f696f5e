package io.servicedesk.complaint;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

import io.servicedesk.casework.CaseFile;
import io.servicedesk.casework.ClockChange;
import io.servicedesk.casework.NewCase;
import io.servicedesk.casework.Viewer;
import io.servicedesk.shared.Money;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.sla.CaseKind;

/**
 * A complaint: a case with the formal complaint lifecycle. Each step is refused when the
 * complaint is not at a point where it is allowed (409) or when a rule refuses it (422):
 * the four-eyes rule on the review and the limit of an agent's proposal to the amount the
 * client claimed. Each step answers what it means for the SLA clock.
 */
@Entity
@Table(name = "complaint")
@DiscriminatorValue("COMPLAINT")
@PrimaryKeyJoinColumn(name = "id")
class Complaint extends CaseFile {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Severity severity;

	@Embedded
	@AttributeOverride(name = "amount", column = @Column(name = "amount_claimed"))
	@AttributeOverride(name = "currency", column = @Column(name = "claimed_currency"))
	private Money amountClaimed;

	private String desiredOutcome;

	@Column(name = "inquiry_case_id", updatable = false)
	private Long inquiryCaseId;

	@Column(updatable = false)
	private String inquiryReference;

	private Instant acknowledgedAt;

	@Column(name = "forwarded_team_id")
	private Long forwardedTeamId;

	private String forwardQuestion;

	private Instant answerDueAt;

	@Enumerated(EnumType.STRING)
	private Outcome proposedOutcome;

	@Enumerated(EnumType.STRING)
	private Remedy proposedRemedy;

	@Embedded
	@AttributeOverride(name = "amount", column = @Column(name = "proposed_amount"))
	@AttributeOverride(name = "currency", column = @Column(name = "proposed_currency"))
	private Money proposedAmount;

	private String rootCause;

	private String resolutionMessage;

	private String proposedBy;

	private Instant proposedAt;

	private String reviewedBy;

	private Instant resolvedAt;

	private Instant closedAt;

	private String reopenReason;

	private Instant reopenedAt;

	protected Complaint() {
	}

	Complaint(NewCase newCase, String reference, Severity severity, Money amountClaimed, String desiredOutcome,
			EscalatedFrom escalatedFrom, String by, Instant at) {
		super(newCase, reference, ComplaintStatus.RECEIVED.name(), by, at);
		this.severity = Objects.requireNonNull(severity, "severity");
		if (amountClaimed != null) {
			if (amountClaimed.isNegative() || amountClaimed.amount().signum() == 0) {
				throw new RuleViolationException("complaint.amount.positive");
			}
			this.amountClaimed = amountClaimed;
		}
		this.desiredOutcome = blankToNull(desiredOutcome);
		if (escalatedFrom != null) {
			this.inquiryCaseId = escalatedFrom.caseId();
			this.inquiryReference = escalatedFrom.reference();
		}
	}

	/** The case an inquiry was escalated from. */
	record EscalatedFrom(long caseId, String reference) {
	}

	@Override
	public CaseKind caseKind() {
		return CaseKind.COMPLAINT;
	}

	ComplaintStatus status() {
		return ComplaintStatus.valueOf(getStatusName());
	}

	/** The public acknowledgement to the client: the first response. */
	ClockChange acknowledge(String by, Instant at) {
		require(mayAcknowledge(), "acknowledge");
		acknowledgedAt = at;
		move(ComplaintStatus.ACKNOWLEDGED, by, at);
		return ClockChange.FIRST_RESPONSE;
	}

	/** The desk starts (or resumes) working out what happened. */
	ClockChange startInvestigation(String by, Instant at) {
		require(mayInvestigate(), "investigate");
		move(ComplaintStatus.INVESTIGATING, by, at);
		return ClockChange.NONE;
	}

	/**
	 * Asks the department that caused the complaint a question, to be answered by the due
	 * instant.
	 */
	ClockChange forward(long teamId, String question, Instant dueAt, String by, Instant at) {
		require(mayForward(), "forward");
		if (question == null || question.isBlank()) {
			throw new RuleViolationException("complaint.forward.question-required");
		}
		if (dueAt == null || !dueAt.isAfter(at)) {
			throw new RuleViolationException("complaint.forward.due-in-future");
		}
		forwardedTeamId = teamId;
		forwardQuestion = question.strip();
		answerDueAt = dueAt;
		move(ComplaintStatus.FORWARDED, by, at);
		return ClockChange.NONE;
	}

	/**
	 * The department answered: the finding is on the case and the desk investigates on.
	 */
	ClockChange recordFinding(String by, Instant at) {
		require(mayRecordFinding(), "finding");
		answerDueAt = null;
		move(ComplaintStatus.INVESTIGATING, by, at);
		return ClockChange.NONE;
	}

	/**
	 * Proposes a resolution for review; the message is a draft until a supervisor
	 * approves it. Money is paid out only with an amount; an agent may not propose more
	 * than the client claimed (in the claimed currency), a supervisor may.
	 */
	ClockChange proposeResolution(ProposedResolution proposal, String by, boolean bySupervisor, Instant at) {
		require(mayPropose(), "propose");
		Objects.requireNonNull(proposal.outcome(), "outcome");
		Objects.requireNonNull(proposal.remedy(), "remedy");
		if (proposal.message() == null || proposal.message().isBlank()) {
			throw new RuleViolationException("complaint.proposal.message-required");
		}
		if (proposal.rootCause() == null || proposal.rootCause().isBlank()) {
			throw new RuleViolationException("complaint.proposal.root-cause-required");
		}
		Money amount = proposal.amount();
		if (proposal.remedy().involvesMoney() && amount == null) {
			throw new RuleViolationException("complaint.proposal.amount-required", proposal.remedy());
		}
		if (amount != null) {
			if (amount.isNegative() || amount.amount().signum() == 0) {
				throw new RuleViolationException("complaint.amount.positive");
			}
			if (!bySupervisor) {
				Money claimed = getAmountClaimed();
				if (claimed == null) {
					throw new RuleViolationException("complaint.proposal.amount-unclaimed", amount);
				}
				if (!claimed.currency().equals(amount.currency()) || amount.compareTo(claimed) > 0) {
					throw new RuleViolationException("complaint.proposal.amount-above-claim", amount, claimed);
				}
			}
		}
		proposedOutcome = proposal.outcome();
		proposedRemedy = proposal.remedy();
		proposedAmount = amount;
		rootCause = proposal.rootCause().strip();
		resolutionMessage = proposal.message().strip();
		proposedBy = by;
		proposedAt = at;
		reviewedBy = null;
		move(ComplaintStatus.RESOLUTION_PROPOSED, by, at);
		return ClockChange.NONE;
	}

	/**
	 * A supervisor who did not propose it approves the resolution: the message goes to
	 * the client and the complaint is resolved.
	 */
	ClockChange approveResolution(String reviewer, boolean supervisor, Instant at) {
		requireReviewable(reviewer, supervisor, "approve");
		reviewedBy = reviewer;
		resolvedAt = at;
		move(ComplaintStatus.RESOLVED, reviewer, at);
		return ClockChange.RESOLVE;
	}

	/**
	 * A supervisor who did not propose it sends the resolution back for more
	 * investigation, saying why.
	 */
	ClockChange sendBack(String reviewer, boolean supervisor, String comment, Instant at) {
		requireReviewable(reviewer, supervisor, "send-back");
		if (comment == null || comment.isBlank()) {
			throw new RuleViolationException("complaint.review.comment-required");
		}
		reviewedBy = reviewer;
		move(ComplaintStatus.INVESTIGATING, reviewer, at);
		return ClockChange.NONE;
	}

	/** The client accepted the resolution, or did not answer in time. */
	ClockChange close(String by, Instant at) {
		require(mayClose(), "close");
		closedAt = at;
		move(ComplaintStatus.CLOSED, by, at);
		return ClockChange.NONE;
	}

	/**
	 * The client disputes the resolution within the window after it: the complaint is
	 * worked on again.
	 */
	ClockChange reopen(String reason, Duration window, String by, Instant at) {
		require(status() == ComplaintStatus.RESOLVED || status() == ComplaintStatus.CLOSED, "reopen");
		if (reason == null || reason.isBlank()) {
			throw new RuleViolationException("complaint.reopen.reason-required");
		}
		if (!withinReopenWindow(window, at)) {
			throw new RuleViolationException("complaint.reopen.window-passed", getReference(), window.toDays());
		}
		reopenReason = reason.strip();
		reopenedAt = at;
		resolvedAt = null;
		closedAt = null;
		move(ComplaintStatus.REOPENED, by, at);
		return ClockChange.REOPEN;
	}

	/** Whether the department's answer is due and not yet recorded at this instant. */
	boolean answerOverdue(Instant now) {
		return status() == ComplaintStatus.FORWARDED && answerDueAt != null && answerDueAt.isBefore(now);
	}

	/**
	 * Who may see and work on the complaint: whoever may see the case, and the team it
	 * was forwarded to.
	 */
	boolean isVisibleTo(Viewer viewer) {
		return viewer.maySee(this) || isForwardedTo(viewer);
	}

	/**
	 * The steps the viewer may take now: those the complaint's guards allow, offered to
	 * whoever works on the complaint (the finding also to the team it was forwarded to,
	 * the review to a supervisor who did not propose the resolution).
	 */
	ComplaintDetails.Steps stepsFor(Viewer viewer, Duration reopenWindow, Instant now) {
		boolean ownTeam = viewer.maySee(this);
		return new ComplaintDetails.Steps(ownTeam && mayAcknowledge(), ownTeam && mayInvestigate(),
				ownTeam && mayForward(), (ownTeam || isForwardedTo(viewer)) && mayRecordFinding(),
				ownTeam && mayPropose(), viewer.supervisor() && mayBeReviewedBy(viewer.username()),
				ownTeam && mayClose(), ownTeam && mayReopen(reopenWindow, now));
	}

	private boolean isForwardedTo(Viewer viewer) {
		return viewer.teamId() != null && viewer.teamId().equals(forwardedTeamId);
	}

	private boolean mayAcknowledge() {
		return status() == ComplaintStatus.RECEIVED;
	}

	private boolean mayInvestigate() {
		return status() == ComplaintStatus.ACKNOWLEDGED || status() == ComplaintStatus.REOPENED;
	}

	private boolean mayForward() {
		return status().isUnderInvestigation();
	}

	private boolean mayRecordFinding() {
		return status() == ComplaintStatus.FORWARDED;
	}

	private boolean mayPropose() {
		return status().isUnderInvestigation();
	}

	private boolean mayBeReviewedBy(String reviewer) {
		return status() == ComplaintStatus.RESOLUTION_PROPOSED && !reviewer.equals(proposedBy);
	}

	private boolean mayClose() {
		return status() == ComplaintStatus.RESOLVED;
	}

	private boolean mayReopen(Duration window, Instant now) {
		return (status() == ComplaintStatus.RESOLVED || status() == ComplaintStatus.CLOSED)
				&& withinReopenWindow(window, now);
	}

	private boolean withinReopenWindow(Duration window, Instant now) {
		return resolvedAt == null || !resolvedAt.plus(window).isBefore(now);
	}

	private void requireReviewable(String reviewer, boolean supervisor, String step) {
		require(status() == ComplaintStatus.RESOLUTION_PROPOSED, step);
		if (!supervisor) {
			throw new RuleViolationException("complaint.review.supervisor-only", getReference());
		}
		if (reviewer.equals(proposedBy)) {
			throw new RuleViolationException("complaint.review.four-eyes", getReference());
		}
	}

	private void require(boolean allowed, String step) {
		if (!allowed) {
			throw new IllegalTransitionException("complaint.step.refused", getReference(), status(), step);
		}
	}

	private void move(ComplaintStatus to, String by, Instant at) {
		moveTo(to.name(), to.isActive(), by, at);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	Severity getSeverity() {
		return severity;
	}

	Money getAmountClaimed() {
		return amountClaimed;
	}

	String getDesiredOutcome() {
		return desiredOutcome;
	}

	Long getInquiryCaseId() {
		return inquiryCaseId;
	}

	String getInquiryReference() {
		return inquiryReference;
	}

	Instant getAcknowledgedAt() {
		return acknowledgedAt;
	}

	Long getForwardedTeamId() {
		return forwardedTeamId;
	}

	String getForwardQuestion() {
		return forwardQuestion;
	}

	Instant getAnswerDueAt() {
		return answerDueAt;
	}

	ProposedResolution getProposal() {
		if (proposedOutcome == null) {
			return null;
		}
		return new ProposedResolution(proposedOutcome, proposedRemedy, proposedAmount, rootCause, resolutionMessage);
	}

	String getProposedBy() {
		return proposedBy;
	}

	Instant getProposedAt() {
		return proposedAt;
	}

	String getReviewedBy() {
		return reviewedBy;
	}

	Instant getResolvedAt() {
		return resolvedAt;
	}

	Instant getClosedAt() {
		return closedAt;
	}

	String getReopenReason() {
		return reopenReason;
	}

	Instant getReopenedAt() {
		return reopenedAt;
	}

}
