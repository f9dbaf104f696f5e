package io.servicedesk.account;

import java.time.LocalDate;

/**
 * An account in a client's list of accounts.
 */
public record AccountSummary(String number, String type, String currency, AccountStatus status, LocalDate openedOn,
		LocalDate closedOn) {
}
