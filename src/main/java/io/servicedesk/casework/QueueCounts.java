package io.servicedesk.casework;

/**
 * How many active cases each view of a queue holds, for the tabs.
 */
public record QueueCounts(long mine, long team, long unassigned, long all) {

	public long of(QueueView view) {
		return switch (view) {
			case MINE -> mine;
			case TEAM -> team;
			case UNASSIGNED -> unassigned;
			case ALL -> all;
		};
	}

}
