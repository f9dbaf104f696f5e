package io.servicedesk.casework;

/**
 * What a step of a case's lifecycle means for its SLA clock. The case aggregates answer
 * it, {@link CaseSla} applies it.
 */
public enum ClockChange {

	NONE,
	/** The first public reply by staff; internal notes never count. */
	FIRST_RESPONSE,
	/** The case waits for the client: the resolution clock stops. */
	PAUSE,
	/** The client answered: the resolution clock runs again. */
	RESUME, RESOLVE,
	/** A resolved case is open again. */
	REOPEN

}
