package io.servicedesk.complaint;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's summary on top of the complaint queue: open complaints by age and by
 * severity, breaches this week (since Monday, UTC), the average days to resolve and the
 * uphold rate of the complaints resolved in the last 90 days. Two queries.
 */
@Service
public class ComplaintSummary {

	static final Duration RECENT = Duration.ofDays(90);

	private final JdbcClient jdbc;

	private final Clock clock;

	ComplaintSummary(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The figures; the age buckets are 0–7, 8–15, 16–30 and more than 30 days since
	 * registration.
	 */
	public record Figures(Map<String, Long> openByAge, Map<Severity, Long> openBySeverity, long breachesThisWeek,
			Double averageDaysToResolve, Double upholdRate, long resolvedRecently) {
	}

	@Transactional(readOnly = true)
	public Figures of() {
		Instant now = clock.instant();
		Instant weekStart = now.atZone(ZoneOffset.UTC)
			.toLocalDate()
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.atStartOfDay(ZoneOffset.UTC)
			.toInstant();
		Figures figures = jdbc.sql("select " + "count(*) filter (where c.active and c.created_at >= :d7) as age_7, "
				+ "count(*) filter (where c.active and c.created_at < :d7 and c.created_at >= :d15) as age_15, "
				+ "count(*) filter (where c.active and c.created_at < :d15 and c.created_at >= :d30) as age_30, "
				+ "count(*) filter (where c.active and c.created_at < :d30) as age_older, "
				+ "count(*) filter (where c.active and x.severity = 'MINOR') as minor, "
				+ "count(*) filter (where c.active and x.severity = 'MAJOR') as major, "
				+ "count(*) filter (where c.active and x.severity = 'CRITICAL') as critical, "
				+ "avg(extract(epoch from x.resolved_at - c.created_at) / 86400.0) "
				+ "filter (where x.resolved_at >= :since) as avg_days, "
				+ "count(*) filter (where x.resolved_at >= :since and x.proposed_outcome in ('UPHELD', 'PARTIALLY_UPHELD')) "
				+ "as upheld, count(*) filter (where x.resolved_at >= :since) as resolved "
				+ "from case_file c join complaint x on x.id = c.id where c.kind = 'COMPLAINT'")
			.param("d7", Timestamp.from(now.minus(Duration.ofDays(7))))
			.param("d15", Timestamp.from(now.minus(Duration.ofDays(15))))
			.param("d30", Timestamp.from(now.minus(Duration.ofDays(30))))
			.param("since", Timestamp.from(now.minus(RECENT)))
			.query((rs, row) -> {
				Map<String, Long> age = new LinkedHashMap<>();
				age.put("0-7", rs.getLong("age_7"));
				age.put("8-15", rs.getLong("age_15"));
				age.put("16-30", rs.getLong("age_30"));
				age.put("30+", rs.getLong("age_older"));
				Map<Severity, Long> severity = new LinkedHashMap<>();
				severity.put(Severity.MINOR, rs.getLong("minor"));
				severity.put(Severity.MAJOR, rs.getLong("major"));
				severity.put(Severity.CRITICAL, rs.getLong("critical"));
				double average = rs.getDouble("avg_days");
				Double averageDays = rs.wasNull() ? null : Math.round(average * 10) / 10.0;
				long resolved = rs.getLong("resolved");
				Double rate = resolved == 0 ? null : Math.round(rs.getLong("upheld") * 1000.0 / resolved) / 10.0;
				return new Figures(age, severity, 0, averageDays, rate, resolved);
			})
			.single();
		long breaches = jdbc
			.sql("select count(*) from case_entry e join case_file c on c.id = e.case_id "
					+ "where e.kind = 'SLA_BREACHED' and e.occurred_at >= :week and c.kind = 'COMPLAINT'")
			.param("week", Timestamp.from(weekStart))
			.query(Long.class)
			.single();
		return new Figures(figures.openByAge(), figures.openBySeverity(), breaches, figures.averageDaysToResolve(),
				figures.upholdRate(), figures.resolvedRecently());
	}

}
