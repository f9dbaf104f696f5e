package io.servicedesk.inquiry;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;

import io.servicedesk.casework.CaseFile;
import io.servicedesk.casework.ClockChange;
import io.servicedesk.casework.NewCase;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.sla.CaseKind;

/**
 * An inquiry: a case with the inquiry lifecycle, one intention-named step per move
 * ({@link #open}, {@link #waitForClient}, {@link #resolve}, {@link #reopen},
 * {@link #close}, and what a reply or the client's answer does). Each step is refused
 * unless the current status allows it and answers what it means for the SLA clock, which
 * the service then applies.
 */
@Entity
@Table(name = "inquiry")
@DiscriminatorValue("INQUIRY")
@PrimaryKeyJoinColumn(name = "id")
class Inquiry extends CaseFile {

	private String resolutionSummary;

	private Instant resolvedAt;

	private Instant closedAt;

	private String escalatedTo;

	private String mergedInto;

	protected Inquiry() {
	}

	Inquiry(NewCase newCase, String reference, String by, Instant at) {
		super(newCase, reference, InquiryStatus.NEW.name(), by, at);
	}

	@Override
	public CaseKind caseKind() {
		return CaseKind.INQUIRY;
	}

	InquiryStatus status() {
		return InquiryStatus.valueOf(getStatusName());
	}

	/**
	 * The desk takes the inquiry up: a new one is open from now on, a waiting one is
	 * worked on again before the client answered (its resolution clock runs again).
	 */
	ClockChange open(String by, Instant at) {
		InquiryStatus from = requireFrom(InquiryStatus.OPEN, InquiryStatus.NEW, InquiryStatus.WAITING_ON_CLIENT);
		moveTo(InquiryStatus.OPEN, by, at);
		return from == InquiryStatus.WAITING_ON_CLIENT ? ClockChange.RESUME : ClockChange.NONE;
	}

	/**
	 * The desk asked the client something: the resolution clock stops until they answer.
	 */
	ClockChange waitForClient(String by, Instant at) {
		requireFrom(InquiryStatus.WAITING_ON_CLIENT, InquiryStatus.OPEN);
		moveTo(InquiryStatus.WAITING_ON_CLIENT, by, at);
		return ClockChange.PAUSE;
	}

	/** The matter is settled, as the summary says; the resolution clock stops. */
	ClockChange resolve(String summary, String by, Instant at) {
		requireFrom(InquiryStatus.RESOLVED, InquiryStatus.OPEN);
		if (summary == null || summary.isBlank()) {
			throw new RuleViolationException("inquiry.resolution.required", getReference());
		}
		resolutionSummary = summary.strip();
		resolvedAt = at;
		moveTo(InquiryStatus.RESOLVED, by, at);
		return ClockChange.RESOLVE;
	}

	/**
	 * A resolved inquiry is worked on again; its resolution is no longer counted. One
	 * escalated into a complaint is worked on there.
	 */
	ClockChange reopen(String by, Instant at) {
		requireFrom(InquiryStatus.OPEN, InquiryStatus.RESOLVED);
		if (escalatedTo != null) {
			throw new IllegalTransitionException("inquiry.escalated.reopen", getReference(), escalatedTo);
		}
		resolvedAt = null;
		moveTo(InquiryStatus.OPEN, by, at);
		return ClockChange.REOPEN;
	}

	/**
	 * The step that takes the inquiry to the status asked for: OPEN reopens a resolved
	 * inquiry and otherwise takes it up; there is no step back to NEW.
	 */
	ClockChange stepTo(InquiryStatus to, String summary, String by, Instant at) {
		return switch (to) {
			case OPEN -> status() == InquiryStatus.RESOLVED ? reopen(by, at) : open(by, at);
			case WAITING_ON_CLIENT -> waitForClient(by, at);
			case RESOLVED -> resolve(summary, by, at);
			case CLOSED -> close(by, at);
			case NEW -> throw new IllegalTransitionException("inquiry.status.refused", getReference(), status(), to);
		};
	}

	/** A resolved inquiry is done with for good. */
	ClockChange close(String by, Instant at) {
		requireFrom(InquiryStatus.CLOSED, InquiryStatus.RESOLVED);
		closedAt = at;
		moveTo(InquiryStatus.CLOSED, by, at);
		return ClockChange.NONE;
	}

	/**
	 * The inquiry becomes a complaint: it links to the complaint, and what was still to
	 * do goes with it, so an inquiry not yet resolved is resolved as escalated (the
	 * agent's reason is its summary) and its resolution clock stops. A closed inquiry is
	 * not escalated, nor one escalated before.
	 */
	ClockChange escalate(String complaintReference, String reason, String by, Instant at) {
		if (status() == InquiryStatus.CLOSED) {
			throw new IllegalTransitionException("inquiry.escalation.closed", getReference());
		}
		if (escalatedTo != null) {
			throw new IllegalTransitionException("complaint.escalation.already", getReference(), escalatedTo);
		}
		escalatedTo = complaintReference;
		if (status() == InquiryStatus.RESOLVED) {
			touch(by, at);
			return ClockChange.NONE;
		}
		resolutionSummary = reason.strip();
		resolvedAt = at;
		moveTo(InquiryStatus.RESOLVED, by, at);
		return ClockChange.RESOLVE;
	}

	/**
	 * The inquiry is a duplicate of the given one, which takes over its messages: it is
	 * closed as merged into it, and a clock still running stops (as a resolution, as with
	 * an escalation). A closed inquiry is not merged (nor one merged before), nor one
	 * escalated into a complaint (the complaint reads its conversation).
	 */
	ClockChange mergeInto(String survivor, String by, Instant at) {
		if (mergedInto != null) {
			throw new IllegalTransitionException("inquiry.merge.already", getReference(), mergedInto);
		}
		if (status() == InquiryStatus.CLOSED) {
			throw new IllegalTransitionException("inquiry.merge.closed", getReference());
		}
		if (escalatedTo != null) {
			throw new IllegalTransitionException("inquiry.merge.escalated", getReference(), escalatedTo);
		}
		boolean running = status() != InquiryStatus.RESOLVED;
		mergedInto = survivor;
		if (running) {
			resolvedAt = at;
		}
		closedAt = at;
		moveTo(InquiryStatus.CLOSED, by, at);
		return running ? ClockChange.RESOLVE : ClockChange.NONE;
	}

	/**
	 * Another inquiry of the same client is merged into this one; a closed inquiry takes
	 * no more messages.
	 */
	void takeOverMerged(String merged, String by, Instant at) {
		if (status() == InquiryStatus.CLOSED) {
			throw new IllegalTransitionException("inquiry.merge.target-closed", merged, getReference());
		}
		touch(by, at);
	}

	/**
	 * A public reply by staff: the first one is the first response; a NEW inquiry is open
	 * from now on.
	 */
	ClockChange replyToClient(String by, Instant at) {
		requireNotClosed();
		if (status() == InquiryStatus.NEW) {
			moveTo(InquiryStatus.OPEN, by, at);
		}
		else {
			touch(by, at);
		}
		return ClockChange.FIRST_RESPONSE;
	}

	/** An internal note: never a response to the client, whatever the status. */
	ClockChange addNote(String by, Instant at) {
		touch(by, at);
		return ClockChange.NONE;
	}

	/**
	 * The client wrote or called back: a waiting inquiry is open again (its clock runs
	 * on), a resolved one is reopened unless it was escalated (the complaint reads its
	 * conversation). A closed inquiry stays closed; the client's new matter is a new
	 * inquiry.
	 */
	ClockChange clientAnswered(String by, Instant at) {
		requireNotClosed();
		return switch (status()) {
			case WAITING_ON_CLIENT -> open(by, at);
			case RESOLVED -> escalatedTo == null ? reopen(by, at) : addNote(by, at);
			default -> {
				touch(by, at);
				yield ClockChange.NONE;
			}
		};
	}

	private void requireNotClosed() {
		if (status() == InquiryStatus.CLOSED) {
			throw new IllegalTransitionException("inquiry.closed", getReference());
		}
	}

	/**
	 * Refuses a step to {@code to} unless the inquiry is in one of the statuses it may be
	 * taken from; answers the status it is taken from.
	 */
	private InquiryStatus requireFrom(InquiryStatus to, InquiryStatus... allowed) {
		InquiryStatus from = status();
		if (!List.of(allowed).contains(from)) {
			throw new IllegalTransitionException("inquiry.status.refused", getReference(), from, to);
		}
		return from;
	}

	private void moveTo(InquiryStatus to, String by, Instant at) {
		moveTo(to.name(), to.isActive(), by, at);
	}

	String getResolutionSummary() {
		return resolutionSummary;
	}

	Instant getResolvedAt() {
		return resolvedAt;
	}

	Instant getClosedAt() {
		return closedAt;
	}

	String getEscalatedTo() {
		return escalatedTo;
	}

	String getMergedInto() {
		return mergedInto;
	}

}
