package io.servicedesk.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a report covers (both included) and the dimensions it is narrowed to; a
 * {@code null} dimension is not filtered. {@code team} is the team's id.
 */
public record ReportFilter(LocalDate from, LocalDate to, Long team, String agent, String channel, String category,
		String priority) {

	public ReportFilter {
		if (from == null || to == null || from.isAfter(to)) {
			throw new IllegalArgumentException("A report needs a range of days, from not after to");
		}
	}

	public static ReportFilter of(LocalDate from, LocalDate to) {
		return new ReportFilter(from, to, null, null, null, null, null);
	}

	public long days() {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}

	/** The range of the same length just before this one, with the same filters. */
	public ReportFilter previous() {
		LocalDate previousTo = from.minusDays(1);
		return new ReportFilter(previousTo.minusDays(days() - 1), previousTo, team, agent, channel, category, priority);
	}

	/** The rollup dimensions and values this filter narrows to, in rollup terms. */
	List<String[]> dimensions() {
		List<String[]> dimensions = new ArrayList<>();
		if (team != null) {
			dimensions.add(new String[] { "TEAM", team.toString(), "f.team_id = :team" });
		}
		if (agent != null) {
			dimensions.add(new String[] { "AGENT", agent, "f.agent = :agent" });
		}
		if (channel != null) {
			dimensions.add(new String[] { "CHANNEL", channel, "f.channel = :channel" });
		}
		if (category != null) {
			dimensions.add(new String[] { "CATEGORY", category, "f.category = :category" });
		}
		if (priority != null) {
			dimensions.add(new String[] { "PRIORITY", priority, "f.priority = :priority" });
		}
		return dimensions;
	}

	/** The same filter as a condition on the facts ({@code f}). */
	String factCondition() {
		StringBuilder condition = new StringBuilder("true");
		dimensions().forEach(dimension -> condition.append(" and ").append(dimension[2]));
		return condition.toString();
	}

}
