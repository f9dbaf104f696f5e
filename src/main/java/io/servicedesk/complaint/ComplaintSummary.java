package io.servicedesk.complaint;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's summary on top of the complaint queue: open complaints by age and by
 * severity, breaches this week (since Monday, UTC), the average days to resolve and the
 * uphold rate of the complaints resolved in the last 90 days. Four aggregate queries,
 * each on an index that holds only what it counts (V73): the open complaints, the SLA
 * breach lines, the recently resolved complaints; none reads every complaint. Still, the
 * recently resolved complaints are tens of thousands on a large desk, so the figures are
 * kept for {@code servicedesk.complaints.summary-max-age} (30 s) and shared by every
 * supervisor's page and chart on this node; {@link Figures#countedAt()} says when they
 * were counted. Figures up to twice that age are still shown while they are counted again
 * in the background (Caffeine's {@code refreshAfterWrite}, on the application's task
 * executor), so no page waits for the count; older ones are counted before they are shown
 * ({@code expireAfterWrite}).
 */
@Service
public class ComplaintSummary {

	static final Duration RECENT = Duration.ofDays(90);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LoadingCache<Boolean, Figures> figures;

	/**
	 * {@code background} counts the figures again once they are older than the maximum
	 * age; the cache's own upkeep runs on the calling thread.
	 */
	ComplaintSummary(JdbcClient jdbc, Clock clock, ComplaintProperties properties,
			@Qualifier("applicationTaskExecutor") Executor background) {
		this.jdbc = jdbc;
		this.clock = clock;
		Duration maxAge = properties.summaryMaxAge();
		Caffeine<Object, Object> builder = Caffeine.newBuilder().ticker(() -> {
			Instant now = clock.instant();
			return now.getEpochSecond() * 1_000_000_000L + now.getNano();
		}).executor(Runnable::run).expireAfterWrite(maxAge.multipliedBy(2));
		if (!maxAge.isZero() && !maxAge.isNegative()) {
			// a maximum age of zero: counted for every page, nothing to refresh
			builder.refreshAfterWrite(maxAge);
		}
		this.figures = builder.build(new CacheLoader<>() {

			@Override
			public Figures load(Boolean key) {
				return count(clock.instant());
			}

			@Override
			public CompletableFuture<Figures> asyncReload(Boolean key, Figures oldValue, Executor executor) {
				return CompletableFuture.supplyAsync(() -> load(key), background);
			}

		});
	}

	/**
	 * The figures; the age buckets are 0–7, 8–15, 16–30 and more than 30 days since
	 * registration.
	 */
	public record Figures(Map<String, Long> openByAge, Map<Severity, Long> openBySeverity, long breachesThisWeek,
			Double averageDaysToResolve, Double upholdRate, long resolvedRecently, Instant countedAt) {
	}

	/**
	 * The figures counted at most {@code summary-max-age} ago, or up to twice that while
	 * they are being counted again.
	 */
	@Transactional(readOnly = true)
	public Figures of() {
		return figures.get(Boolean.TRUE);
	}

	private Figures count(Instant now) {
		Instant weekStart = now.atZone(ZoneOffset.UTC)
			.toLocalDate()
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.atStartOfDay(ZoneOffset.UTC)
			.toInstant();
		Map<String, Long> openByAge = jdbc
			.sql("select count(*) filter (where created_at >= :d7) as age_7, "
					+ "count(*) filter (where created_at < :d7 and created_at >= :d15) as age_15, "
					+ "count(*) filter (where created_at < :d15 and created_at >= :d30) as age_30, "
					+ "count(*) filter (where created_at < :d30) as age_older "
					+ "from case_file where kind = 'COMPLAINT' and active")
			.param("d7", Timestamp.from(now.minus(Duration.ofDays(7))))
			.param("d15", Timestamp.from(now.minus(Duration.ofDays(15))))
			.param("d30", Timestamp.from(now.minus(Duration.ofDays(30))))
			.query((rs, row) -> {
				Map<String, Long> age = new LinkedHashMap<>();
				age.put("0-7", rs.getLong("age_7"));
				age.put("8-15", rs.getLong("age_15"));
				age.put("16-30", rs.getLong("age_30"));
				age.put("30+", rs.getLong("age_older"));
				return age;
			})
			.single();
		Map<Severity, Long> openBySeverity = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			openBySeverity.put(severity, 0L);
		}
		jdbc.sql("select x.severity, count(*) as open from case_file c join complaint x on x.id = c.id "
				+ "where c.kind = 'COMPLAINT' and c.active group by x.severity")
			.query(rs -> {
				openBySeverity.put(Severity.valueOf(rs.getString("severity")), rs.getLong("open"));
			});
		Resolutions resolutions = jdbc
			.sql("select avg(extract(epoch from x.resolved_at - c.created_at) / 86400.0) as avg_days, "
					+ "count(*) filter (where x.proposed_outcome in ('UPHELD', 'PARTIALLY_UPHELD')) as upheld, "
					+ "count(*) as resolved from complaint x join case_file c on c.id = x.id "
					+ "where x.resolved_at >= :since")
			.param("since", Timestamp.from(now.minus(RECENT)))
			.query((rs, row) -> {
				double average = rs.getDouble("avg_days");
				Double averageDays = rs.wasNull() ? null : Math.round(average * 10) / 10.0;
				long resolved = rs.getLong("resolved");
				Double rate = resolved == 0 ? null : Math.round(rs.getLong("upheld") * 1000.0 / resolved) / 10.0;
				return new Resolutions(averageDays, rate, resolved);
			})
			.single();
		long breaches = jdbc
			.sql("select count(*) from case_entry e join case_file c on c.id = e.case_id "
					+ "where e.kind = 'SLA_BREACHED' and e.occurred_at >= :week and c.kind = 'COMPLAINT'")
			.param("week", Timestamp.from(weekStart))
			.query(Long.class)
			.single();
		return new Figures(openByAge, openBySeverity, breaches, resolutions.averageDays(), resolutions.upholdRate(),
				resolutions.resolved(), now);
	}

	private record Resolutions(Double averageDays, Double upholdRate, long resolved) {
	}

}
