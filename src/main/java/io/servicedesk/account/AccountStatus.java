package io.servicedesk.account;

/**
 * PENDING (opening checklist incomplete) → ACTIVE ⇄ SUSPENDED → CLOSED (final).
 */
public enum AccountStatus {

	PENDING, ACTIVE, SUSPENDED, CLOSED

}
