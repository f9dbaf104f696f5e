package io.servicedesk.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import io.servicedesk.sla.BusinessHoursAdministration;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every KPI against a small week worked out by hand (README "Reports" has the
 * definitions). The desk's Poland calendar is open Monday to Friday 08:00–18:00
 * Europe/Warsaw; an inquiry of NORMAL priority must be answered within 240 and resolved
 * within 1200 business minutes, an URGENT one within 60 and 240, a complaint acknowledged
 * within 600 and resolved within 9000.
 */
@IntegrationTest
class KpiDefinitionsTests {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	private static final LocalDate MONDAY = LocalDate.of(2024, 6, 3);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BusinessHoursAdministration businessHours;

	@Autowired
	ReportRollup rollup;

	@Autowired
	Reports reports;

	ReportCases cases;

	@BeforeEach
	void setUp() {
		cases = new ReportCases(jdbc, businessHours);
	}

	private static Instant at(int dayOfJune, int hour, int minute) {
		return LocalDateTime.of(2024, 6, dayOfJune, hour, minute).atZone(WARSAW).toInstant();
	}

	private long week() {
		long team = cases.team("Week");
		// I1: answered after 90 minutes, resolved after 360 with that one reply; rated 5
		cases.inquiry(at(3, 9, 0))
			.team(team)
			.firstResponse(at(3, 10, 30))
			.resolved(at(3, 15, 0))
			.survey(at(3, 15, 0), 5, at(4, 11, 0))
			.insert();
		// I2: created after hours on Tuesday, answered Wednesday 09:00 (120 business
		// minutes); waited 600 business minutes for the client; resolved Thursday 17:00:
		// 1200 elapsed - 600 paused = 600; two replies; rated 3
		cases.inquiry(at(4, 17, 0))
			.team(team)
			.channel("PHONE")
			.firstResponse(at(5, 9, 0))
			.replies(2)
			.paused(600)
			.resolved(at(6, 17, 0))
			.survey(at(6, 17, 0), 3, at(7, 10, 0))
			.insert();
		// I3: reopened and resolved again exactly at its due instant (1200 minutes)
		cases.inquiry(at(3, 10, 0))
			.team(team)
			.channel("CHAT")
			.firstResponse(at(3, 12, 0))
			.reopened()
			.resolved(at(5, 10, 0))
			.survey(at(5, 10, 0), null, null)
			.insert();
		// I4: not answered yet
		cases.inquiry(at(5, 9, 0)).team(team).insert();
		// I5: answered late (300 minutes), now waiting for the client
		cases.inquiry(at(6, 8, 0)).team(team).firstResponse(at(6, 13, 0)).pausedSince(at(6, 14, 0)).insert();
		// I6: URGENT, answered within 30 minutes, resolved only after the week
		cases.inquiry(at(7, 16, 0))
			.team(team)
			.channel("PHONE")
			.priority("URGENT")
			.firstResponse(at(7, 16, 30))
			.resolved(at(10, 9, 0))
			.insert();
		// C1: acknowledged exactly at its due instant, upheld with a refund; 4.125 days
		cases.complaint(at(3, 9, 0))
			.team(team)
			.firstResponse(at(4, 9, 0))
			.resolved(at(7, 12, 0))
			.decided("UPHELD", "DELIVERY", new BigDecimal("100.00"), "PLN")
			.survey(at(7, 12, 0), 4, at(8, 9, 0))
			.insert();
		// C2: acknowledged after 720 minutes, rejected; 2 days
		cases.complaint(at(4, 10, 0))
			.team(team)
			.firstResponse(at(5, 12, 0))
			.resolved(at(6, 10, 0))
			.decided("REJECTED", "DELIVERY", null, null)
			.insert();
		// C3: still open
		cases.complaint(at(5, 11, 0)).team(team).insert();
		rollup.refresh();
		return team;
	}

	@Test
	void inquiryFiguresOfAWeekWithPausedAndReopenedCases() {
		long team = week();
		Kpis kpis = reports.kpis(new ReportFilter(MONDAY, MONDAY.plusDays(6), team, null, null, null, null));

		assertThat(kpis.inquiries()).isEqualTo(new Kpis.Inquiries(6, 3, 3,
				// first responses 30, 90, 120, 120, 300: the median 120 lies in 120–180,
				// the p90 300 in 300–360
				180L, 360L,
				// resolutions 360, 600, 1200: median 600 in 600–720, p90 1200 in
				// 1200–1440
				720L, 1440L,
				// I5 answered late; all three resolutions in time
				80.0, 100.0,
				// I3 was reopened; only I1 was resolved with one reply and never reopened
				33.3, 33.3));
	}

	@Test
	void complaintFiguresOfAWeek() {
		long team = week();
		Kpis kpis = reports.kpis(new ReportFilter(MONDAY, MONDAY.plusDays(6), team, null, null, null, null));

		Kpis.Complaints complaints = kpis.complaints();
		assertThat(complaints.received()).isEqualTo(3);
		assertThat(complaints.resolved()).isEqualTo(2);
		assertThat(complaints.backlog()).isEqualTo(1);
		assertThat(complaints.acknowledgedInTimePercent()).isEqualTo(50.0);
		assertThat(complaints.resolvedInTimePercent()).isEqualTo(100.0);
		// (4.125 + 2) / 2
		assertThat(complaints.averageDaysToResolve()).isEqualTo(3.1);
		assertThat(complaints.outcomes()).containsExactly(Map.entry("UPHELD", 1L), Map.entry("PARTIALLY_UPHELD", 0L),
				Map.entry("REJECTED", 1L));
		assertThat(complaints.remedies()).containsExactly(new Kpis.Remedy("PLN", new BigDecimal("100.00"), 1));
		assertThat(complaints.rootCauses()).containsExactly(new Kpis.RootCause("DELIVERY", 2));
	}

	@Test
	void satisfactionFiguresCountInvitationsBySendingDayAndAnswersByAnsweringDay() {
		long team = week();
		Kpis kpis = reports.kpis(new ReportFilter(MONDAY, MONDAY.plusDays(6), team, null, null, null, null));

		// four invitations, three answered (5, 3, 4), two of them 4 or 5
		assertThat(kpis.csat()).isEqualTo(new Kpis.Csat(4, 3, 75.0, 4.0, 66.7));
		Kpis monday = reports.kpis(new ReportFilter(MONDAY, MONDAY, team, null, null, null, null));
		assertThat(monday.csat()).isEqualTo(new Kpis.Csat(1, 0, 100.0, null, null));
	}

	@Test
	void anInvitationWhoseMailNeverReachedTheClientIsNoSurveySent() {
		long team = cases.team("Undelivered");
		cases.inquiry(at(3, 9, 0))
			.team(team)
			.firstResponse(at(3, 10, 0))
			.resolved(at(3, 11, 0))
			.survey(at(3, 11, 0), null, null)
			.insert();
		cases.inquiry(at(4, 9, 0))
			.team(team)
			.firstResponse(at(4, 10, 0))
			.resolved(at(4, 11, 0))
			.undeliveredSurvey(at(4, 11, 0))
			.insert();
		rollup.refresh();

		Kpis kpis = reports.kpis(new ReportFilter(MONDAY, MONDAY.plusDays(6), team, null, null, null, null));

		assertThat(kpis.csat().invitations()).isEqualTo(1);
	}

	@Test
	void twoFiltersTogetherAggregateTheFactsOfTheRange() {
		long team = week();
		Kpis email = reports.kpis(new ReportFilter(MONDAY, MONDAY.plusDays(6), team, null, "EMAIL", null, null));

		// I1, I4 and I5 came by e-mail: first responses 90 and 300, one resolution of
		// 360
		assertThat(email.inquiries())
			.isEqualTo(new Kpis.Inquiries(3, 1, 2, 120L, 360L, 480L, 480L, 50.0, 100.0, 0.0, 100.0));
		assertThat(email.complaints().received()).isEqualTo(3);
	}

	@Test
	void aBacklogIsWhatWasReceivedUpToTheEndAndNotResolvedByThen() {
		long team = week();
		Kpis firstTwoDays = reports.kpis(new ReportFilter(MONDAY, MONDAY.plusDays(1), team, null, null, null, null));

		// I1, I2, I3 received; I1 resolved on Monday
		assertThat(firstTwoDays.inquiries().received()).isEqualTo(3);
		assertThat(firstTwoDays.inquiries().resolved()).isEqualTo(1);
		assertThat(firstTwoDays.inquiries().backlog()).isEqualTo(2);
		Kpis nextWeek = reports
			.kpis(new ReportFilter(MONDAY.plusDays(7), MONDAY.plusDays(13), team, null, null, null, null));
		// I6 resolved on the next Monday
		assertThat(nextWeek.inquiries().resolved()).isEqualTo(1);
		assertThat(nextWeek.inquiries().backlog()).isEqualTo(2);
	}

	@Test
	void aRangeWithoutDataHasZeroCountsAndNoSharesAveragesOrTimes() {
		long team = cases.team("Empty");
		rollup.refresh();
		Kpis kpis = reports.kpis(new ReportFilter(MONDAY, MONDAY.plusDays(6), team, null, null, null, null));

		assertThat(kpis.inquiries())
			.isEqualTo(new Kpis.Inquiries(0, 0, 0, null, null, null, null, null, null, null, null));
		assertThat(kpis.complaints().averageDaysToResolve()).isNull();
		assertThat(kpis.complaints().acknowledgedInTimePercent()).isNull();
		assertThat(kpis.complaints().remedies()).isEmpty();
		assertThat(kpis.csat()).isEqualTo(new Kpis.Csat(0, 0, null, null, null));
	}

	@Test
	void clientAccountAndOrderFiguresOfAMonth() {
		String unique = ReportCases.unique().toUpperCase();
		long kept = client("C-K" + unique, "1990-03-05T10:00:00Z");
		long lost = client("C-L" + unique, "1989-12-01T10:00:00Z");
		account("A-K1" + unique, kept, "ACTIVE", "1990-01-10", null);
		account("A-K2" + unique, kept, "ACTIVE", "1990-03-10", null);
		account("A-K3" + unique, kept, "PENDING", "1990-03-11", null);
		account("A-L1" + unique, lost, "CLOSED", "1990-02-01", "1990-03-20");
		order("O-A" + unique, kept, "DELIVERED", "1990-03-02T10:00:00Z", "1990-03-10", "1990-03-09T10:00:00Z", false);
		order("O-B" + unique, kept, "SHIPPED", "1990-03-03T10:00:00Z", "1990-03-20", null, false);
		order("O-C" + unique, kept, "CONFIRMED", "1990-03-04T10:00:00Z", "2999-01-01", null, true);
		order("O-D" + unique, kept, "RETURNED", "1990-03-05T10:00:00Z", "1990-03-08", "1990-03-07T10:00:00Z", false);
		rollup.refresh();

		Kpis kpis = reports.kpis(ReportFilter.of(LocalDate.of(1990, 3, 1), LocalDate.of(1990, 3, 31)));

		// one client with an open account at the start keeps one, the other closed hers;
		// orders B (past its promised date, not delivered) and C (declared delayed)
		assertThat(kpis.clients()).isEqualTo(new Kpis.Clients(1, 1, 1, 50.0, 4, 50.0, 25.0));
	}

	private long client(String number, String createdAt) {
		jdbc.sql(
				"""
						insert into client (number, kind, name, preferred_language, segment, created_at, updated_at)
						values (:number, 'INDIVIDUAL', 'Report Test', 'pl', 'STANDARD', cast(:created as timestamptz), now())""")
			.param("number", number.substring(0, Math.min(16, number.length())))
			.param("created", createdAt)
			.update();
		return jdbc.sql("select id from client where number = :number")
			.param("number", number.substring(0, Math.min(16, number.length())))
			.query(Long.class)
			.single();
	}

	private void account(String number, long client, String status, String openedOn, String closedOn) {
		jdbc.sql(
				"""
						insert into account (number, client_id, type, currency, status, opened_on, closed_on, updated_at)
						values (:number, :client, 'STANDARD', 'PLN', :status, cast(:opened as date), cast(:closed as date), now())""")
			.param("number", number.substring(0, Math.min(16, number.length())))
			.param("client", client)
			.param("status", status)
			.param("opened", openedOn)
			.param("closed", closedOn)
			.update();
	}

	private void order(String number, long client, String status, String createdAt, String promised, String deliveredAt,
			boolean delayDeclared) {
		jdbc.sql("""
				insert into client_order (number, client_id, channel, status, currency, total, promised_delivery_date,
				  delay_declared, delivered_at, placed_by, created_at, updated_at)
				values (:number, :client, 'PHONE', :status, 'PLN', 10, cast(:promised as date), :delayed,
				  cast(:delivered as timestamptz), 'agent', cast(:created as timestamptz), now())""")
			.param("number", number.substring(0, Math.min(16, number.length())))
			.param("client", client)
			.param("status", status)
			.param("promised", promised)
			.param("delayed", delayDeclared)
			.param("delivered", deliveredAt)
			.param("created", createdAt)
			.update();
	}

}
