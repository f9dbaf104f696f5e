package io.servicedesk.casework;

import io.servicedesk.shared.Priority;

/**
 * What every new case is recorded with, already checked: the client exists, the account
 * and order are the client's, the team exists.
 */
public record NewCase(long clientId, CaseChannel channel, String subject, Priority priority, String categoryCode,
		String accountNumber, String orderNumber, Long teamId, String assignee) {
}
