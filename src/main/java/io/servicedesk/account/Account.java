package io.servicedesk.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import io.servicedesk.shared.BaseEntity;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.RuleViolationException;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A client's account. It opens PENDING with its checklist, becomes ACTIVE only when every
 * item is ticked, can be suspended and reactivated, and is closed for good.
 */
@Entity
@Table(name = "account")
class Account extends BaseEntity {

	@Column(nullable = false, updatable = false)
	private String number;

	@Column(name = "client_id", nullable = false, updatable = false)
	private long clientId;

	@Column(nullable = false, updatable = false)
	private String type;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(nullable = false, updatable = false, length = 3)
	private String currency;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AccountStatus status;

	@Column(nullable = false, updatable = false)
	private LocalDate openedOn;

	private LocalDate closedOn;

	private String statusReason;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "account_id", nullable = false, updatable = false)
	@OrderBy("position")
	private List<ChecklistItem> checklist = new ArrayList<>();

	protected Account() {
	}

	Account(String number, long clientId, String type, String currency, List<String> checklistItems,
			LocalDate openedOn) {
		this.number = number;
		this.clientId = clientId;
		this.type = type;
		this.currency = currency;
		this.openedOn = openedOn;
		this.status = AccountStatus.PENDING;
		for (int i = 0; i < checklistItems.size(); i++) {
			checklist.add(new ChecklistItem(checklistItems.get(i), i + 1));
		}
	}

	void tick(String item, boolean done, String by, Instant at) {
		if (status != AccountStatus.PENDING) {
			throw new IllegalTransitionException("account.checklist.not-pending", number, status);
		}
		ChecklistItem entry = checklist.stream()
			.filter(candidate -> candidate.item().equals(item))
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("account.checklist.unknown-item", item));
		entry.mark(done, by, at);
	}

	void activate() {
		if (status != AccountStatus.PENDING) {
			throw new IllegalTransitionException("account.activate.refused", number, status);
		}
		if (!checklist.stream().allMatch(ChecklistItem::isDone)) {
			throw new IllegalTransitionException("account.activate.checklist-incomplete", number);
		}
		status = AccountStatus.ACTIVE;
		statusReason = null;
	}

	void suspend(String reason) {
		requireReason(reason);
		if (status != AccountStatus.ACTIVE) {
			throw new IllegalTransitionException("account.suspend.refused", number, status);
		}
		status = AccountStatus.SUSPENDED;
		statusReason = reason.trim();
	}

	void reactivate() {
		if (status != AccountStatus.SUSPENDED) {
			throw new IllegalTransitionException("account.reactivate.refused", number, status);
		}
		status = AccountStatus.ACTIVE;
		statusReason = null;
	}

	void close(String reason, LocalDate on) {
		requireReason(reason);
		if (status == AccountStatus.CLOSED) {
			throw new IllegalTransitionException("account.close.refused", number, status);
		}
		status = AccountStatus.CLOSED;
		statusReason = reason.trim();
		closedOn = on;
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolationException("account.reason.required");
		}
	}

	String getNumber() {
		return number;
	}

	long getClientId() {
		return clientId;
	}

	AccountStatus getStatus() {
		return status;
	}

	AccountDetails details() {
		return new AccountDetails(getId(), number, clientId, type, currency, status, openedOn, closedOn, statusReason,
				getVersion(), checklist.stream().map(ChecklistItem::entry).toList(), getCreatedAt(), getUpdatedAt());
	}

}
