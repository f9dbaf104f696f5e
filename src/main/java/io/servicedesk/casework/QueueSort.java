package io.servicedesk.casework;

/**
 * The orders of a queue: nearest SLA due instant first (cases whose clock does not run
 * last), newest first, or most recently active first.
 */
public enum QueueSort {

	SLA, CREATED, UPDATED

}
