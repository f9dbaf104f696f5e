package io.servicedesk.sla;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One target of an {@link SlaClock} (the first response or the resolution): its minutes,
 * its due and at-risk instants, when it was met and which of its announcements were made.
 * The clock embeds it twice, each time on columns of its own.
 */
@Embeddable
class SlaDeadline {

	@Column(nullable = false)
	private int targetMinutes;

	@Column(nullable = false)
	private Instant dueAt;

	@Column(nullable = false)
	private Instant atRiskAt;

	private Instant metAt;

	@Column(nullable = false)
	private boolean atRiskAnnounced;

	@Column(nullable = false)
	private boolean breached;

	protected SlaDeadline() {
	}

	void target(int minutes) {
		this.targetMinutes = minutes;
	}

	/**
	 * Due and at-risk instants measured in business time from {@code start}, moved by
	 * {@code extraMinutes} of business time that do not count.
	 */
	void schedule(BusinessCalendar calendar, Instant start, int atRiskPercent, long extraMinutes) {
		dueAt = calendar.dueAt(start, targetMinutes + extraMinutes);
		atRiskAt = calendar.dueAt(start, (long) targetMinutes * atRiskPercent / 100 + extraMinutes);
	}

	/** The target was met at {@code at}: breached if that was after its due instant. */
	void meet(Instant at) {
		metAt = at;
		if (at.isAfter(dueAt)) {
			breached = true;
		}
	}

	/** The target is open again. */
	void unmeet() {
		metAt = null;
	}

	boolean isMet() {
		return metAt != null;
	}

	/**
	 * Withdraws the announcements whose instants now lie after {@code at}: they will be
	 * made again if those instants pass.
	 */
	void withdrawAnnouncementsAfter(Instant at) {
		if (atRiskAnnounced && atRiskAt.isAfter(at)) {
			atRiskAnnounced = false;
		}
		if (breached && metAt == null && dueAt.isAfter(at)) {
			breached = false;
		}
	}

	/**
	 * Marks what has fallen due by {@code now}, at most once each; a target already past
	 * its due instant is announced as breached only.
	 */
	Optional<SlaClock.Announcement> announceDue(SlaTarget target, Instant now) {
		if (!breached && !dueAt.isAfter(now)) {
			breached = true;
			atRiskAnnounced = true;
			return Optional.of(new SlaClock.Announcement(target, SlaState.BREACHED, dueAt));
		}
		if (!atRiskAnnounced && !atRiskAt.isAfter(now)) {
			atRiskAnnounced = true;
			return Optional.of(new SlaClock.Announcement(target, SlaState.AT_RISK, dueAt));
		}
		return Optional.empty();
	}

	/** The instants still to announce. */
	Stream<Instant> pending() {
		Stream.Builder<Instant> pending = Stream.builder();
		if (!atRiskAnnounced) {
			pending.add(atRiskAt);
		}
		if (!breached) {
			pending.add(dueAt);
		}
		return pending.build();
	}

	/** The state as of {@code now}, for a target that is still running. */
	SlaState stateAt(Instant now) {
		if (breached || !dueAt.isAfter(now)) {
			return SlaState.BREACHED;
		}
		return atRiskAt.isAfter(now) ? SlaState.ON_TRACK : SlaState.AT_RISK;
	}

	boolean isBreached() {
		return breached;
	}

	Instant getDueAt() {
		return dueAt;
	}

	Instant getMetAt() {
		return metAt;
	}

}
