package io.servicedesk.reporting;

/**
 * The report parameters as a page, a download or the API receives them, unparsed: dates
 * as ISO {@code yyyy-MM-dd}, the team by name, the agent by username, channel and
 * priority by their names, the category by its code. Every one may be missing.
 * {@link ReportFilters#filter(ReportQuery)} turns them into a {@link ReportFilter}.
 */
public record ReportQuery(String from, String to, String team, String agent, String channel, String category,
		String priority) {

	/** The range alone, no other filter. */
	public static ReportQuery range(String from, String to) {
		return new ReportQuery(from, to, null, null, null, null, null);
	}

	/** The same parameters for another range. */
	public ReportQuery withRange(String from, String to) {
		return new ReportQuery(from, to, team, agent, channel, category, priority);
	}

}
