package io.servicedesk.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.servicedesk.shared.Priority;
import io.servicedesk.shared.BaseEntity;
import io.servicedesk.shared.IllegalTransitionException;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * The SLA state of one case. Targets are frozen from the policy when the case starts (and
 * again when its priority changes); due instants are measured from the case's creation in
 * business time, the resolution due instant moved by the business time the case spent
 * waiting for the client or resolved. {@code nextDueAt} is the nearest instant the breach
 * job still has to announce, or {@code null} when there is nothing left to announce. The
 * two targets are one {@link SlaDeadline} each.
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

	@Column(name = "started_at", nullable = false, updatable = false)
	private Instant startedAt;

	@Embedded
	@AttributeOverride(name = "targetMinutes", column = @Column(name = "first_response_target_minutes"))
	@AttributeOverride(name = "dueAt", column = @Column(name = "first_response_due_at"))
	@AttributeOverride(name = "atRiskAt", column = @Column(name = "first_response_at_risk_at"))
	@AttributeOverride(name = "metAt", column = @Column(name = "first_responded_at"))
	@AttributeOverride(name = "atRiskAnnounced", column = @Column(name = "first_response_at_risk_announced"))
	@AttributeOverride(name = "breached", column = @Column(name = "first_response_breached"))
	private SlaDeadline firstResponse = new SlaDeadline();

	@Embedded
	@AttributeOverride(name = "targetMinutes", column = @Column(name = "resolution_target_minutes"))
	@AttributeOverride(name = "dueAt", column = @Column(name = "resolution_due_at"))
	@AttributeOverride(name = "atRiskAt", column = @Column(name = "resolution_at_risk_at"))
	@AttributeOverride(name = "metAt", column = @Column(name = "resolved_at"))
	@AttributeOverride(name = "atRiskAnnounced", column = @Column(name = "resolution_at_risk_announced"))
	@AttributeOverride(name = "breached", column = @Column(name = "resolution_breached"))
	private SlaDeadline resolution = new SlaDeadline();

	@Column(name = "paused_since")
	private Instant pausedSince;

	@Column(name = "paused_business_minutes", nullable = false)
	private long pausedBusinessMinutes;

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
		firstResponse.target(policy.getFirstResponseMinutes());
		resolution.target(policy.getResolutionMinutes());
		recompute(calendar);
	}

	private void recompute(BusinessCalendar calendar) {
		firstResponse.schedule(calendar, startedAt, atRiskPercent, 0);
		resolution.schedule(calendar, startedAt, atRiskPercent, pausedBusinessMinutes);
		updateNextDue();
	}

	/** The first public reply by staff; later replies change nothing. */
	void recordFirstResponse(Instant at) {
		if (firstResponse.isMet()) {
			return;
		}
		firstResponse.meet(at);
		updateNextDue();
	}

	/** The case waits for the client: the resolution clock stops. */
	void pause(Instant at) {
		if (resolution.isMet()) {
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
		if (resolution.isMet()) {
			throw new IllegalTransitionException("sla.clock.error.already-resolved", caseRef);
		}
		resume(at, calendar);
		resolution.meet(at);
		updateNextDue();
	}

	/**
	 * A resolved case is opened again: the time it spent resolved does not count against
	 * the resolution target.
	 */
	void reopen(Instant at, BusinessCalendar calendar) {
		if (!resolution.isMet()) {
			throw new IllegalTransitionException("sla.clock.error.not-resolved", caseRef);
		}
		pausedBusinessMinutes += calendar.businessMinutesBetween(resolution.getMetAt(), at);
		resolution.unmeet();
		recompute(calendar);
		resolution.withdrawAnnouncementsAfter(at);
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
		firstResponse.withdrawAnnouncementsAfter(at);
		resolution.withdrawAnnouncementsAfter(at);
		updateNextDue();
	}

	/**
	 * Marks what has fallen due by {@code now}, each at most once, and returns it. A
	 * target whose due instant has already passed is announced as breached only; its
	 * at-risk notice would come too late to help.
	 */
	List<Announcement> announceDue(Instant now) {
		List<Announcement> announcements = new ArrayList<>();
		if (firstResponseRunning()) {
			firstResponse.announceDue(SlaTarget.FIRST_RESPONSE, now).ifPresent(announcements::add);
		}
		if (resolutionRunning()) {
			resolution.announceDue(SlaTarget.RESOLUTION, now).ifPresent(announcements::add);
		}
		updateNextDue();
		return announcements;
	}

	private boolean firstResponseRunning() {
		return !firstResponse.isMet() && !resolution.isMet();
	}

	private boolean resolutionRunning() {
		return !resolution.isMet() && pausedSince == null;
	}

	private void updateNextDue() {
		Stream<Instant> pending = Stream.concat(firstResponseRunning() ? firstResponse.pending() : Stream.empty(),
				resolutionRunning() ? resolution.pending() : Stream.empty());
		nextDueAt = pending.min(Instant::compareTo).orElse(null);
	}

	SlaView view(Instant now) {
		SlaState firstResponseState = firstResponseState(now);
		SlaState resolutionState = resolutionState(now);
		return new SlaView(caseKind, caseRef, priority, firstResponse.getDueAt(), firstResponse.getMetAt(),
				resolution.getDueAt(), resolution.getMetAt(), pausedSince != null, pausedBusinessMinutes,
				firstResponseState, resolutionState, firstResponseState.worse(resolutionState), nextDueAt);
	}

	private SlaState firstResponseState(Instant now) {
		if (firstResponse.isBreached()) {
			return SlaState.BREACHED;
		}
		if (firstResponse.isMet() || resolution.isMet()) {
			return SlaState.ON_TRACK;
		}
		return firstResponse.stateAt(now);
	}

	private SlaState resolutionState(Instant now) {
		if (resolution.isBreached()) {
			return SlaState.BREACHED;
		}
		if (resolution.isMet()) {
			return SlaState.ON_TRACK;
		}
		return resolution.stateAt(pausedSince != null ? pausedSince : now);
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
