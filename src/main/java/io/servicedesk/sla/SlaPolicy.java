package io.servicedesk.sla;

import io.servicedesk.shared.Priority;
import io.servicedesk.shared.BaseEntity;
import io.servicedesk.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * What the desk promises for one case kind and priority. Cases freeze these targets when
 * they start their clock, so editing a policy changes new cases only.
 */
@Entity
@Table(name = "sla_policy")
class SlaPolicy extends BaseEntity {

	static final int DEFAULT_AT_RISK_PERCENT = 80;

	@Enumerated(EnumType.STRING)
	@Column(name = "case_kind", nullable = false, length = 20)
	private CaseKind caseKind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Priority priority;

	@Column(name = "first_response_minutes", nullable = false)
	private int firstResponseMinutes;

	@Column(name = "resolution_minutes", nullable = false)
	private int resolutionMinutes;

	@Column(name = "calendar_id", nullable = false)
	private long calendarId;

	@Column(name = "at_risk_percent", nullable = false)
	private int atRiskPercent;

	@Column(name = "escalation_team_id")
	private Long escalationTeamId;

	@Column(nullable = false)
	private boolean active;

	protected SlaPolicy() {
	}

	SlaPolicy(CaseKind caseKind, Priority priority) {
		this.caseKind = caseKind;
		this.priority = priority;
	}

	/** Sets every term of the policy at once, checking that they make sense together. */
	void define(CaseKind caseKind, Priority priority, int firstResponseMinutes, int resolutionMinutes, long calendarId,
			int atRiskPercent, Long escalationTeamId, boolean active) {
		if (firstResponseMinutes <= 0 || resolutionMinutes <= 0) {
			throw new RuleViolationException("sla.policy.error.target-positive");
		}
		if (resolutionMinutes < firstResponseMinutes) {
			throw new RuleViolationException("sla.policy.error.resolution-before-response");
		}
		if (atRiskPercent < 1 || atRiskPercent > 99) {
			throw new RuleViolationException("sla.policy.error.at-risk-range");
		}
		this.caseKind = caseKind;
		this.priority = priority;
		this.firstResponseMinutes = firstResponseMinutes;
		this.resolutionMinutes = resolutionMinutes;
		this.calendarId = calendarId;
		this.atRiskPercent = atRiskPercent;
		this.escalationTeamId = escalationTeamId;
		this.active = active;
	}

	CaseKind getCaseKind() {
		return caseKind;
	}

	Priority getPriority() {
		return priority;
	}

	int getFirstResponseMinutes() {
		return firstResponseMinutes;
	}

	int getResolutionMinutes() {
		return resolutionMinutes;
	}

	long getCalendarId() {
		return calendarId;
	}

	int getAtRiskPercent() {
		return atRiskPercent;
	}

	Long getEscalationTeamId() {
		return escalationTeamId;
	}

	boolean isActive() {
		return active;
	}

	@Override
	public String toString() {
		return caseKind + "/" + priority + " firstResponse=" + firstResponseMinutes + "min resolution="
				+ resolutionMinutes + "min calendar=" + calendarId + " atRisk=" + atRiskPercent + "% escalationTeam="
				+ escalationTeamId + " active=" + active;
	}

}
