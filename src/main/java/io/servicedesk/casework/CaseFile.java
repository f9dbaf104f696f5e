package io.servicedesk.casework;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;

import io.servicedesk.shared.BaseEntity;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.StaleVersionException;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.shared.Priority;
import io.servicedesk.sla.SlaState;
import io.servicedesk.sla.SlaView;

/**
 * What every case has, whatever its lifecycle: a reference, the client it concerns and
 * optionally one of the client's accounts and orders, how it arrived, its subject,
 * priority and category, the team and person it is assigned to, and a copy of its SLA
 * clock's nearest due instant and state so that the queues read one table. The case
 * modules extend it with their lifecycle; the status is theirs, kept here as its name so
 * the queues can filter on it.
 */
@Entity
@Table(name = "case_file")
@Inheritance(strategy = InheritanceType.JOINED)
@DiscriminatorColumn(name = "kind")
public abstract class CaseFile extends BaseEntity {

	@Column(nullable = false, updatable = false)
	private String reference;

	@Column(nullable = false)
	private String status;

	@Column(nullable = false)
	private boolean active;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Priority priority;

	private String categoryCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private CaseChannel channel;

	@Column(nullable = false)
	private String subject;

	@Column(name = "client_id", nullable = false, updatable = false)
	private long clientId;

	@Column(updatable = false)
	private String accountNumber;

	@Column(updatable = false)
	private String orderNumber;

	@Column(name = "team_id")
	private Long teamId;

	private String assignee;

	private Instant slaDueAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SlaState slaState = SlaState.ON_TRACK;

	@Column(nullable = false)
	private Instant lastActivityAt;

	@Column(nullable = false, updatable = false)
	private String createdBy;

	@Column(nullable = false)
	private String updatedBy;

	protected CaseFile() {
	}

	protected CaseFile(NewCase newCase, String reference, String status, String by, Instant at) {
		if (newCase.subject() == null || newCase.subject().isBlank()) {
			throw new RuleViolationException("case.subject.required");
		}
		this.reference = Objects.requireNonNull(reference, "reference");
		this.status = status;
		this.active = true;
		this.priority = Objects.requireNonNull(newCase.priority(), "priority");
		this.categoryCode = newCase.categoryCode();
		this.channel = Objects.requireNonNull(newCase.channel(), "channel");
		this.subject = newCase.subject().strip();
		this.clientId = newCase.clientId();
		this.accountNumber = newCase.accountNumber();
		this.orderNumber = newCase.orderNumber();
		this.teamId = newCase.teamId();
		this.assignee = newCase.assignee();
		this.createdBy = by;
		this.updatedBy = by;
		this.lastActivityAt = at;
	}

	/** The kind of case, which picks its SLA policies. */
	public abstract CaseKind caseKind();

	/**
	 * Refuses a change based on an older version than the one stored ({@code null}: the
	 * caller did not say).
	 */
	public void requireVersion(Long expectedVersion) {
		if (expectedVersion != null && expectedVersion != getVersion()) {
			throw new StaleVersionException(reference);
		}
	}

	/**
	 * Gives the case to a team and/or a person; returns whether anything changed. A
	 * person without a team keeps the case's team.
	 */
	public boolean assign(Long newTeamId, String newAssignee, String by, Instant at) {
		boolean changed = !Objects.equals(teamId, newTeamId) || !Objects.equals(assignee, newAssignee);
		teamId = newTeamId;
		assignee = newAssignee;
		touch(by, at);
		return changed;
	}

	/**
	 * Sets the priority; returns whether it changed (the caller then recalculates the SLA
	 * clock).
	 */
	public boolean changePriority(Priority newPriority, String by, Instant at) {
		Objects.requireNonNull(newPriority, "priority");
		boolean changed = priority != newPriority;
		priority = newPriority;
		touch(by, at);
		return changed;
	}

	/** Takes over the nearest due instant and the state of the case's SLA clock. */
	public void slaChanged(SlaView view) {
		slaDueAt = CaseSla.nearestDue(view);
		slaState = view.state();
	}

	/** Something happened on the case: it moves up in the "recently active" order. */
	public void touch(String by, Instant at) {
		updatedBy = by;
		lastActivityAt = at;
	}

	protected void moveTo(String newStatus, boolean stillActive, String by, Instant at) {
		status = newStatus;
		active = stillActive;
		touch(by, at);
	}

	public String getReference() {
		return reference;
	}

	protected String getStatusName() {
		return status;
	}

	public boolean isActive() {
		return active;
	}

	public Priority getPriority() {
		return priority;
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public CaseChannel getChannel() {
		return channel;
	}

	public String getSubject() {
		return subject;
	}

	public long getClientId() {
		return clientId;
	}

	public String getAccountNumber() {
		return accountNumber;
	}

	public String getOrderNumber() {
		return orderNumber;
	}

	public Long getTeamId() {
		return teamId;
	}

	public String getAssignee() {
		return assignee;
	}

	public Instant getSlaDueAt() {
		return slaDueAt;
	}

	public SlaState getSlaState() {
		return slaState;
	}

	public Instant getLastActivityAt() {
		return lastActivityAt;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public String getUpdatedBy() {
		return updatedBy;
	}

}
