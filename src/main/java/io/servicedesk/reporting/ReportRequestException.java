package io.servicedesk.reporting;

import java.util.List;

/**
 * A report was asked for with parameters that cannot be read or make no sense (a date
 * that is no date, from after to, a range too long, an unknown team): each with the
 * parameter it concerns and a message key with its arguments.
 */
public class ReportRequestException extends RuntimeException {

	private final List<FieldProblem> problems;

	public ReportRequestException(List<FieldProblem> problems) {
		super("Invalid report request: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	/** One refused parameter. */
	public record FieldProblem(String field, String rejectedValue, String messageKey, Object... arguments) {
	}

}
