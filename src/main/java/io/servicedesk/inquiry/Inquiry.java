package io.servicedesk.inquiry;

import java.time.Instant;

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
 * An inquiry: a case with the inquiry lifecycle. Each step checks that it is allowed from
 * the current status and answers what it means for the SLA clock, which the service then
 * applies.
 */
@Entity
@Table(name = "inquiry")
@DiscriminatorValue("INQUIRY")
@PrimaryKeyJoinColumn(name = "id")
class Inquiry extends CaseFile {

	private String resolutionSummary;

	private Instant resolvedAt;

	private Instant closedAt;

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
	 * Moves the inquiry along its lifecycle; a status not reachable from the current one
	 * is refused. Resolving needs a summary of the resolution.
	 */
	ClockChange changeStatus(InquiryStatus to, String resolution, String by, Instant at) {
		InquiryStatus from = status();
		if (!from.next().contains(to)) {
			throw new IllegalTransitionException("inquiry.status.refused", getReference(), from, to);
		}
		if (to == InquiryStatus.RESOLVED) {
			if (resolution == null || resolution.isBlank()) {
				throw new RuleViolationException("inquiry.resolution.required", getReference());
			}
			resolutionSummary = resolution.strip();
			resolvedAt = at;
		}
		if (to == InquiryStatus.CLOSED) {
			closedAt = at;
		}
		if (from == InquiryStatus.RESOLVED && to == InquiryStatus.OPEN) {
			resolvedAt = null;
		}
		moveTo(to.name(), to.isActive(), by, at);
		return clockChange(from, to);
	}

	/**
	 * A public reply by staff: the first one is the first response; a NEW inquiry is open
	 * from now on.
	 */
	ClockChange replyToClient(String by, Instant at) {
		requireNotClosed();
		if (status() == InquiryStatus.NEW) {
			moveTo(InquiryStatus.OPEN.name(), true, by, at);
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
	 * on), a resolved one is reopened. A closed inquiry stays closed; the client's new
	 * matter is a new inquiry.
	 */
	ClockChange clientAnswered(String by, Instant at) {
		requireNotClosed();
		InquiryStatus from = status();
		if (from == InquiryStatus.WAITING_ON_CLIENT || from == InquiryStatus.RESOLVED) {
			if (from == InquiryStatus.RESOLVED) {
				resolvedAt = null;
			}
			moveTo(InquiryStatus.OPEN.name(), true, by, at);
			return clockChange(from, InquiryStatus.OPEN);
		}
		touch(by, at);
		return ClockChange.NONE;
	}

	private void requireNotClosed() {
		if (status() == InquiryStatus.CLOSED) {
			throw new IllegalTransitionException("inquiry.closed", getReference());
		}
	}

	private static ClockChange clockChange(InquiryStatus from, InquiryStatus to) {
		return switch (to) {
			case WAITING_ON_CLIENT -> ClockChange.PAUSE;
			case RESOLVED -> ClockChange.RESOLVE;
			case OPEN -> from == InquiryStatus.WAITING_ON_CLIENT ? ClockChange.RESUME
					: from == InquiryStatus.RESOLVED ? ClockChange.REOPEN : ClockChange.NONE;
			default -> ClockChange.NONE;
		};
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

}
