package io.servicedesk.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The KPI block of a range of days; README "Reports" defines every figure. A figure
 * without data to compute it from (a share of nothing, the median of no times) is
 * {@code null}. Times are business minutes, shares percentages.
 */
public record Kpis(LocalDate from, LocalDate to, Inquiries inquiries, Complaints complaints, Csat csat,
		Clients clients) {

	public record Inquiries(long received, long resolved, long backlog, Long firstResponseMedianMinutes,
			Long firstResponseP90Minutes, Long resolutionMedianMinutes, Long resolutionP90Minutes,
			Double firstResponseSlaPercent, Double resolutionSlaPercent, Double reopenRatePercent,
			Double oneTouchRatePercent) {
	}

	public record Complaints(long received, long resolved, long backlog, Double acknowledgedInTimePercent,
			Double resolvedInTimePercent, Double averageDaysToResolve, Map<String, Long> outcomes,
			List<Remedy> remedies, List<RootCause> rootCauses) {
	}

	public record Remedy(String currency, BigDecimal amount, long complaints) {
	}

	public record RootCause(String rootCause, long complaints) {
	}

	public record Csat(long invitations, long responses, Double responseRatePercent, Double averageRating,
			Double satisfiedPercent) {
	}

	/**
	 * Desk-wide: clients, accounts and orders have no team, agent or channel of a case.
	 */
	public record Clients(long newClients, long accountsOpened, long accountsClosed, Double retentionPercent,
			long ordersTaken, Double delayedOrdersPercent, Double returnsPercent) {
	}

	static Double percent(long part, long whole) {
		return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
	}

	static Double ratio(double sum, long count, int decimals) {
		if (count == 0) {
			return null;
		}
		double scale = Math.pow(10, decimals);
		return Math.round(scale * sum / count) / scale;
	}

}
