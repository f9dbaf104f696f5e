package io.servicedesk.complaint;

/**
 * How serious a complaint is.
 */
public enum Severity {

	MINOR, MAJOR, CRITICAL

}
