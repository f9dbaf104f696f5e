package io.servicedesk.account;

import java.time.Instant;

/**
 * One item of an account's opening checklist: whether it is done, by whom and when.
 */
public record ChecklistEntry(String item, boolean done, String doneBy, Instant doneAt) {
}
