package io.servicedesk.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.servicedesk.shared.BaseEntity;
import io.servicedesk.shared.IllegalTransitionException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * The SLA state of one case. Targets are frozen from the policy when the case starts (and
 * again when its priority changes); due instants are measured from the case's creation in
 * business time, the resolution due instant moved by the business time the case spent
 * waiting for the client or resolved. {@code nextDueAt} is the nearest instant the breach
 * job still has to announce, or {@code null} when there is nothing left to announce.
 */
@Entity
@Table(name = "sla_clock")
class SlaClock extends BaseEntity {

	@Enumerated(EnumType.STRING)
	@Column(name = "case_kind", nullable = false, length = 20, updatable = false)
	private CaseKind caseKind;

	@Column(name = "case_ref", nullable = false, length = 40, updatable = false)
	private String caseRef;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Priority priority;

	@Column(name = "policy_id", nullable = false)
	private Long policyId;

	@Column(name = "calendar_id", nullable = false)
	private long calendarId;

	@Column(name = "escalation_team_id")
	private Long escalationTeamId;

	@Column(name = "at_risk_percent", nullable = false)
	private int atRiskPercent;

	@Column(name = "first_response_target_minutes", nullable = false)
	private int firstResponseTargetMinutes;

	@Column(name = "resolution_target_minutes", nullable = false)
	private int resolutionTargetMinutes;

	@Column(name = "started_at", nullable = false, updatable = false)
	private Instant startedAt;

	@Column(name = "first_response_due_at", nullable = false)
	private Instant firstResponseDueAt;

	@Column(name = "first_response_at_risk_at", nullable = false)
	private Instant firstResponseAtRiskAt;

	@Column(name = "first_responded_at")
	private Instant firstRespondedAt;

	@Column(name = "resolution_due_at", nullable = false)
	private Instant resolutionDueAt;

	@Column(name = "resolution_at_risk_at", nullable = false)
	private Instant resolutionAtRiskAt;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	@Column(name = "paused_since")
	private Instant pausedSince;

	@Column(name = "paused_business_minutes", nullable = false)
	private long pausedBusinessMinutes;

	@Column(name = "first_response_at_risk_announced", nullable = false)
	private boolean firstResponseAtRiskAnnounced;

	@Column(name = "first_response_breached", nullable = false)
	private boolean firstResponseBreached;

	@Column(name = "resolution_at_risk_announced", nullable = false)
	private boolean resolutionAtRiskAnnounced;

	@Column(name = "resolution_breached", nullable = false)
	private boolean resolutionBreached;

	@Column(name = "next_due_at")
	private Instant nextDueAt;

	protected SlaClock() {
	}

	SlaClock(CaseKind caseKind, String caseRef, Priority priority, SlaPolicy policy, BusinessCalendar calendar,
			Instant createdAt) {
		if (caseRef == null || caseRef.isBlank()) {
			throw new IllegalArgumentException("An SLA clock needs a case reference");
		}
		this.caseKind = caseKind;
		this.caseRef = caseRef.strip();
		this.startedAt = createdAt;
		applyPolicy(priority, policy, calendar);
	}

	private void applyPolicy(Priority priority, SlaPolicy policy, BusinessCalendar calendar) {
		this.priority = priority;
		this.policyId = policy.getId();
		this.calendarId = policy.getCalendarId();
		this.escalationTeamId = policy.getEscalationTeamId();
		this.atRiskPercent = policy.getAtRiskPercent();
		this.firstResponseTargetMinutes = policy.getFirstResponseMinutes();
		this.resolutionTargetMinutes = policy.getResolutionMinutes();
		recompute(calendar);
	}

	private void recompute(BusinessCalendar calendar) {
		firstResponseDueAt = calendar.dueAt(startedAt, firstResponseTargetMinutes);
		firstResponseAtRiskAt = calendar.dueAt(startedAt, atRiskShare(firstResponseTargetMinutes));
		resolutionDueAt = calendar.dueAt(startedAt, resolutionTargetMinutes + pausedBusinessMinutes);
		resolutionAtRiskAt = calendar.dueAt(startedAt, atRiskShare(resolutionTargetMinutes) + pausedBusinessMinutes);
		updateNextDue();
	}

	private long atRiskShare(int targetMinutes) {
		return (long) targetMinutes * atRiskPercent / 100;
	}

	/** The first public reply by staff; later replies change nothing. */
	void recordFirstResponse(Instant at) {
		if (firstRespondedAt != null) {
			return;
		}
		firstRespondedAt = at;
		if (at.isAfter(firstResponseDueAt)) {
			firstResponseBreached = true;
		}
		updateNextDue();
	}

	/** The case waits for the client: the resolution clock stops. */
	void pause(Instant at) {
		if (resolvedAt != null) {
			throw new IllegalTransitionException("sla.clock.error.pause-resolved", caseRef);
		}
		if (pausedSince != null) {
			return;
		}
		pausedSince = at;
		updateNextDue();
	}

	/**
	 * The client answered: the resolution due instant moves by the business time spent
	 * waiting.
	 */
	void resume(Instant at, BusinessCalendar calendar) {
		if (pausedSince == null) {
			return;
		}
		pausedBusinessMinutes += calendar.businessMinutesBetween(pausedSince, at);
		pausedSince = null;
		recompute(calendar);
	}

	void resolve(Instant at, BusinessCalendar calendar) {
		if (resolvedAt != null) {
			throw new IllegalTransitionException("sla.clock.error.already-resolved", caseRef);
		}
		resume(at, calendar);
		resolvedAt = at;
		if (at.isAfter(resolutionDueAt)) {
			resolutionBreached = true;
		}
		updateNextDue();
	}

	/**
	 * A resolved case is opened again: the time it spent resolved does not count against
	 * the resolution target.
	 */
	void reopen(Instant at, BusinessCalendar calendar) {
		if (resolvedAt == null) {
			throw new IllegalTransitionException("sla.clock.error.not-resolved", caseRef);
		}
		pausedBusinessMinutes += calendar.businessMinutesBetween(resolvedAt, at);
		resolvedAt = null;
		recompute(calendar);
		if (resolutionBreached && resolutionDueAt.isAfter(at)) {
			resolutionBreached = false;
		}
		if (resolutionAtRiskAnnounced && resolutionAtRiskAt.isAfter(at)) {
			resolutionAtRiskAnnounced = false;
		}
		updateNextDue();
	}

	/**
	 * New targets from the policy of the new priority, measured from the case's creation.
	 * An announcement whose instant now lies in the future is withdrawn (it will be made
	 * again if that instant passes); one whose instant has still passed stands and is not
	 * repeated.
	 */
	void changePriority(Priority newPriority, SlaPolicy policy, BusinessCalendar calendar, Instant at) {
		applyPolicy(newPriority, policy, calendar);
		if (firstResponseAtRiskAnnounced && firstResponseAtRiskAt.isAfter(at)) {
			firstResponseAtRiskAnnounced = false;
		}
		if (firstResponseBreached && firstRespondedAt == null && firstResponseDueAt.isAfter(at)) {
			firstResponseBreached = false;
		}
		if (resolutionAtRiskAnnounced && resolutionAtRiskAt.isAfter(at)) {
			resolutionAtRiskAnnounced = false;
		}
		if (resolutionBreached && resolvedAt == null && resolutionDueAt.isAfter(at)) {
			resolutionBreached = false;
		}
		updateNextDue();
	}

	/**
	 * Marks what has fallen due by {@code now}, each at most once, and returns it. A
	 * target whose due instant has already passed is announced as breached only; its
	 * at-risk notice would come too late to help.
	 */
	List<Announcement> announceDue(Instant now) {
		List<Announcement> announcements = new ArrayList<>();
		if (firstRespondedAt == null && resolvedAt == null) {
			if (!firstResponseBreached && !firstResponseDueAt.isAfter(now)) {
				firstResponseBreached = true;
				firstResponseAtRiskAnnounced = true;
				announcements.add(new Announcement(SlaTarget.FIRST_RESPONSE, SlaState.BREACHED, firstResponseDueAt));
			}
			else if (!firstResponseAtRiskAnnounced && !firstResponseAtRiskAt.isAfter(now)) {
				firstResponseAtRiskAnnounced = true;
				announcements.add(new Announcement(SlaTarget.FIRST_RESPONSE, SlaState.AT_RISK, firstResponseDueAt));
			}
		}
		if (resolvedAt == null && pausedSince == null) {
			if (!resolutionBreached && !resolutionDueAt.isAfter(now)) {
				resolutionBreached = true;
				resolutionAtRiskAnnounced = true;
				announcements.add(new Announcement(SlaTarget.RESOLUTION, SlaState.BREACHED, resolutionDueAt));
			}
			else if (!resolutionAtRiskAnnounced && !resolutionAtRiskAt.isAfter(now)) {
				resolutionAtRiskAnnounced = true;
				announcements.add(new Announcement(SlaTarget.RESOLUTION, SlaState.AT_RISK, resolutionDueAt));
			}
		}
		updateNextDue();
		return announcements;
	}

	private void updateNextDue() {
		Stream.Builder<Instant> pending = Stream.builder();
		if (firstRespondedAt == null && resolvedAt == null) {
			if (!firstResponseAtRiskAnnounced) {
				pending.add(firstResponseAtRiskAt);
			}
			if (!firstResponseBreached) {
				pending.add(firstResponseDueAt);
			}
		}
		if (resolvedAt == null && pausedSince == null) {
			if (!resolutionAtRiskAnnounced) {
				pending.add(resolutionAtRiskAt);
			}
			if (!resolutionBreached) {
				pending.add(resolutionDueAt);
			}
		}
		nextDueAt = pending.build().min(Instant::compareTo).orElse(null);
	}

	SlaView view(Instant now) {
		SlaState firstResponse = firstResponseState(now);
		SlaState resolution = resolutionState(now);
		return new SlaView(caseKind, caseRef, priority, firstResponseDueAt, firstRespondedAt, resolutionDueAt,
				resolvedAt, pausedSince != null, pausedBusinessMinutes, firstResponse, resolution,
				firstResponse.worse(resolution), nextDueAt);
	}

	private SlaState firstResponseState(Instant now) {
		if (firstResponseBreached) {
			return SlaState.BREACHED;
		}
		if (firstRespondedAt != null || resolvedAt != null) {
			return SlaState.ON_TRACK;
		}
		return stateAt(now, firstResponseAtRiskAt, firstResponseDueAt);
	}

	private SlaState resolutionState(Instant now) {
		if (resolutionBreached) {
			return SlaState.BREACHED;
		}
		if (resolvedAt != null) {
			return SlaState.ON_TRACK;
		}
		return stateAt(pausedSince != null ? pausedSince : now, resolutionAtRiskAt, resolutionDueAt);
	}

	private static SlaState stateAt(Instant now, Instant atRiskAt, Instant dueAt) {
		if (!dueAt.isAfter(now)) {
			return SlaState.BREACHED;
		}
		return atRiskAt.isAfter(now) ? SlaState.ON_TRACK : SlaState.AT_RISK;
	}

	CaseKind getCaseKind() {
		return caseKind;
	}

	String getCaseRef() {
		return caseRef;
	}

	long getCalendarId() {
		return calendarId;
	}

	Long getEscalationTeamId() {
		return escalationTeamId;
	}

	Instant getNextDueAt() {
		return nextDueAt;
	}

	/** Something the breach job announces: a target became at risk or was breached. */
	record Announcement(SlaTarget target, SlaState state, Instant dueAt) {
	}

}
