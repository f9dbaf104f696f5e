package io.servicedesk.casework;

/**
 * The views of a case queue: the viewer's own cases, their team's, their team's nobody
 * has taken yet, and every case (supervisors).
 */
public enum QueueView {

	MINE, TEAM, UNASSIGNED, ALL

}
