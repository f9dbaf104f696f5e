package io.servicedesk.document;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The days an account statement covers, both included: a first and a last day, in that
 * order, not after today, at most {@value #MAX_DAYS} days.
 */
public record StatementPeriod(LocalDate from, LocalDate to) {

	public static final int MAX_DAYS = 366;

	/** What is wrong with the period asked for, one entry per field; empty: nothing. */
	public static List<Problem> problems(LocalDate from, LocalDate to, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (from == null) {
			problems.add(new Problem("from", "document.period.required"));
		}
		if (to == null) {
			problems.add(new Problem("to", "document.period.required"));
		}
		if (from != null && to != null) {
			if (from.isAfter(to)) {
				problems.add(new Problem("from", "document.period.order"));
			}
			else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
				problems.add(new Problem("to", "document.period.too-long", MAX_DAYS));
			}
		}
		if (to != null && to.isAfter(today)) {
			problems.add(new Problem("to", "document.period.future"));
		}
		return problems;
	}

	/** A field refused, with the message that says why. */
	public record Problem(String field, String messageKey, Object... arguments) {
	}

}
