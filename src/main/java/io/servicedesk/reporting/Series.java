package io.servicedesk.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The trends of a range for the charts: one value per period ({@code day} or
 * {@code month}, each named by its first day) in every list, {@code null} where a share
 * or an average has nothing to be computed from; the first-response distribution and the
 * backlog by age (at the end of the range) of inquiries and complaints together; the top
 * root causes of the complaints resolved in the range.
 */
public record Series(String granularity, List<LocalDate> periods, List<Long> inquiriesReceived,
		List<Long> inquiriesResolved, List<Long> complaintsReceived, List<Long> complaintsResolved,
		List<Double> firstResponseSlaPercent, List<Double> resolutionSlaPercent, List<Double> csatAverage,
		List<Long> csatResponses, List<Bucket> firstResponseDistribution, List<Age> backlogByAge,
		List<Kpis.RootCause> rootCauses) {

	/** A histogram bucket of business minutes and the first responses in it. */
	public record Bucket(String minutes, long cases) {
	}

	/**
	 * Open cases at the end of the range aged at least {@code fromDays} (up to the next
	 * group).
	 */
	public record Age(int fromDays, long inquiries, long complaints) {
	}

}
