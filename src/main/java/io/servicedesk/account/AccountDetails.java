package io.servicedesk.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An account as pages and the API show it.
 */
public record AccountDetails(Long id, String number, long clientId, String type, String currency, AccountStatus status,
		LocalDate openedOn, LocalDate closedOn, String statusReason, long version, List<ChecklistEntry> checklist,
		Instant createdAt, Instant updatedAt) {

	public boolean checklistComplete() {
		return checklist.stream().allMatch(ChecklistEntry::done);
	}

}
