package io.servicedesk.survey;

/**
 * The invitation can no longer be answered: answered already, or expired.
 */
public class SurveyClosedException extends RuntimeException {

	/** Why the survey is closed. */
	public enum Reason {

		ANSWERED, EXPIRED

	}

	private final Reason reason;

	SurveyClosedException(Reason reason) {
		super("Survey " + reason.name().toLowerCase(java.util.Locale.ROOT));
		this.reason = reason;
	}

	public Reason getReason() {
		return reason;
	}

}
