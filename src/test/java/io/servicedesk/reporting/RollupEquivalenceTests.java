package io.servicedesk.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.servicedesk.sla.BusinessCalendar;
import io.servicedesk.sla.BusinessHoursAdministration;
import io.servicedesk.sla.BusinessHoursDetails;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollup gives the same numbers as computing every KPI from the raw rows: a few
 * hundred generated cases over two weeks (nights, weekends, paused and still paused
 * clocks, reopened cases, late answers, complaints with outcomes and remedies, surveys)
 * plus the demo cases, compared for the whole desk, for each single filter (rollup rows)
 * and for combined filters (facts aggregated on the fly), then again after some cases
 * changed and the job caught up incrementally.
 */
@IntegrationTest
class RollupEquivalenceTests {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	private static final LocalDate FIRST_DAY = LocalDate.of(2025, 3, 3);

	private static final LocalDate WHOLE_MARCH_FROM = LocalDate.of(2025, 2, 10);

	private static final LocalDate WHOLE_MARCH_TO = LocalDate.of(2025, 4, 20);

	private static final LocalDate HALF_YEAR_FROM = LocalDate.of(2025, 1, 1);

	private static final LocalDate HALF_YEAR_TO = LocalDate.of(2025, 6, 30);

	private static final String[] CHANNELS = { "EMAIL", "PHONE", "CHAT" };

	private static final String[] PRIORITIES = { "LOW", "NORMAL", "HIGH", "URGENT" };

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BusinessHoursAdministration businessHours;

	@Autowired
	ReportRollup rollup;

	@Autowired
	Reports reports;

	@Autowired
	ReportFilters reportFilters;

	@Autowired
	ReportingProperties properties;

	@Test
	void theRollupAnswersWhatTheRawRowsAnswer() {
		ReportCases cases = new ReportCases(jdbc, businessHours);
		long north = cases.team("North");
		long south = cases.team("South");
		String category = jdbc.sql("select min(code) from category where kind = 'INQUIRY'")
			.query(String.class)
			.single();
		Random random = new Random(20250303);
		List<ReportCases.Case> written = new ArrayList<>();
		for (int i = 0; i < 240; i++) {
			Instant created = LocalDateTime.of(FIRST_DAY.plusDays(random.nextInt(14)), java.time.LocalTime.MIN)
				.plusMinutes(random.nextInt(24 * 60))
				.atZone(WARSAW)
				.toInstant();
			boolean complaint = random.nextInt(4) == 0;
			ReportCases.Case generated = (complaint ? cases.complaint(created) : cases.inquiry(created))
				.team(random.nextBoolean() ? north : south)
				.agent(random.nextInt(5) == 0 ? null : random.nextBoolean() ? "agent" : "agent2")
				.channel(CHANNELS[random.nextInt(CHANNELS.length)])
				.category(complaint || random.nextInt(3) == 0 ? null : category)
				.priority(PRIORITIES[random.nextInt(PRIORITIES.length)]);
			Instant answered = null;
			if (random.nextInt(6) > 0) {
				answered = created.plusSeconds(60L * random.nextInt(5 * 24 * 60));
				generated.firstResponse(answered).replies(1 + random.nextInt(3));
			}
			if (answered != null && random.nextInt(3) > 0) {
				Instant resolved = answered.plusSeconds(60L * random.nextInt(10 * 24 * 60));
				generated.resolved(resolved).paused(random.nextInt(3) == 0 ? random.nextInt(900) : 0);
				if (random.nextInt(5) == 0) {
					generated.reopened();
				}
				if (complaint) {
					int outcome = random.nextInt(3);
					generated.decided(new String[] { "UPHELD", "PARTIALLY_UPHELD", "REJECTED" }[outcome],
							random.nextBoolean() ? "DELIVERY" : "BILLING",
							outcome == 2 ? null : new BigDecimal(random.nextInt(50_000)).movePointLeft(2),
							random.nextBoolean() ? "PLN" : "EUR");
				}
				if (random.nextBoolean()) {
					boolean replied = random.nextBoolean();
					Instant later = resolved.plusSeconds(60L * random.nextInt(3 * 24 * 60));
					generated.survey(resolved, replied ? 1 + random.nextInt(5) : null, replied ? later : null);
				}
			}
			else if (answered != null && random.nextInt(4) == 0) {
				generated.pausedSince(answered.plusSeconds(3600)).paused(random.nextInt(120));
			}
			else if (random.nextInt(10) == 0) {
				generated.closedWithoutResolution(created.plusSeconds(86_400));
			}
			written.add(generated.insert());
		}
		rollup.refresh();

		ReferenceKpis reference = reference();
		LocalDate lastDay = FIRST_DAY.plusDays(13);
		List<ReportFilter> filters = filters(north, category, FIRST_DAY, lastDay);
		filters.addAll(filters(north, category, reportFilters.today().minusDays(89), reportFilters.today()));
		// March 2025 whole (read from the monthly rollup), February and April in part
		// (day by day)
		filters.addAll(filters(north, category, WHOLE_MARCH_FROM, WHOLE_MARCH_TO));
		// half a year: combined filters read each fact once for all its days
		filters.addAll(filters(north, category, HALF_YEAR_FROM, HALF_YEAR_TO));
		for (ReportFilter filter : filters) {
			assertThat(reports.kpis(filter)).as(filter.toString()).isEqualTo(reference.kpis(filter));
		}
		ReportFilter withWholeMonth = ReportFilter.of(WHOLE_MARCH_FROM, WHOLE_MARCH_TO);
		List<Reports.AgentRow> leaderboard = reports.leaderboard(withWholeMonth, "name");
		assertThat(leaderboard).extracting(Reports.AgentRow::agent).contains("agent", "agent2");
		for (Reports.AgentRow row : leaderboard) {
			ReportFilter agent = new ReportFilter(WHOLE_MARCH_FROM, WHOLE_MARCH_TO, null, row.agent(), null, null,
					null);
			assertThat(row.received()).isEqualTo(
					reference.kpis(agent).inquiries().received() + reference.kpis(agent).complaints().received());
			assertThat(row.resolved()).isEqualTo(
					reference.kpis(agent).inquiries().resolved() + reference.kpis(agent).complaints().resolved());
		}

		for (int i = 0; i < 40; i++) {
			ReportCases.Case changed = written.get(random.nextInt(written.size()));
			jdbc.sql("update case_file set team_id = :team, channel = 'FAX', updated_at = now() where id = :id")
				.param("team", south)
				.param("id", changed.id)
				.update();
		}
		ReportCases.Case late = written.stream()
			.filter(c -> c.resolvedAt == null && c.closedAt == null)
			.findFirst()
			.orElseThrow();
		jdbc.sql("update sla_clock set resolved_at = :at, updated_at = now() where case_ref = :reference")
			.param("at", java.sql.Timestamp.from(late.createdAt.plusSeconds(7200)))
			.param("reference", late.reference)
			.update();
		jdbc.sql("update " + (late.kind.equals("INQUIRY") ? "inquiry" : "complaint")
				+ " set resolved_at = :at where id = :id")
			.param("at", java.sql.Timestamp.from(late.createdAt.plusSeconds(7200)))
			.param("id", late.id)
			.update();
		jdbc.sql("update case_file set updated_at = now() where id = :id").param("id", late.id).update();
		rollup.refresh();

		ReferenceKpis after = reference();
		List<ReportFilter> afterChanges = filters(south, category, FIRST_DAY, lastDay);
		afterChanges.addAll(filters(south, category, WHOLE_MARCH_FROM, WHOLE_MARCH_TO));
		afterChanges.addAll(filters(south, category, HALF_YEAR_FROM, HALF_YEAR_TO));
		for (ReportFilter filter : afterChanges) {
			assertThat(reports.kpis(filter)).as("after changes: " + filter).isEqualTo(after.kpis(filter));
		}
		ReportFilter fax = new ReportFilter(FIRST_DAY, lastDay, null, null, "FAX", null, null);
		assertThat(reports.kpis(fax).inquiries().received() + reports.kpis(fax).complaints().received()).isPositive();
	}

	private ReferenceKpis reference() {
		return new ReferenceKpis(jdbc, properties.zone(), calendarId -> {
			BusinessHoursDetails details = businessHours.get(calendarId);
			return new BusinessCalendar(details.zone(), details.weeklyHours(), details.holidays());
		});
	}

	private static List<ReportFilter> filters(long team, String category, LocalDate from, LocalDate to) {
		List<ReportFilter> filters = new ArrayList<>();
		filters.add(ReportFilter.of(from, to));
		filters.add(ReportFilter.of(from, from));
		filters.add(ReportFilter.of(from.plusDays(3), from.plusDays(9)));
		filters.add(new ReportFilter(from, to, team, null, null, null, null));
		filters.add(new ReportFilter(from, to, null, "agent", null, null, null));
		filters.add(new ReportFilter(from, to, null, null, "PHONE", null, null));
		filters.add(new ReportFilter(from, to, null, null, null, category, null));
		filters.add(new ReportFilter(from, to, null, null, null, null, "URGENT"));
		filters.add(new ReportFilter(from, to, team, null, "EMAIL", null, null));
		filters.add(new ReportFilter(from, to, team, "agent2", null, null, "NORMAL"));
		filters.add(new ReportFilter(from, to, null, null, "CHAT", category, null));
		return filters;
	}

}
