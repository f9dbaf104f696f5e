package io.servicedesk.complaint;

import java.time.Instant;

import io.servicedesk.casework.QueueRow;

/**
 * A line of the complaint queue: the case row plus what only complaints have.
 *
 * @param outcome the proposed or decided outcome, or {@code null}
 * @param answerDueAt when the department's answer is due while it is outstanding, or
 * {@code null}
 */
public record ComplaintRow(QueueRow row, Severity severity, Outcome outcome, Instant answerDueAt,
		String forwardedTeam) {

	public boolean answerOverdue(Instant now) {
		return answerDueAt != null && answerDueAt.isBefore(now);
	}

}
