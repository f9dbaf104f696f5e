package io.servicedesk.sla;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.servicedesk.shared.Priority;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The SLA module's API as the case modules use it, on PostgreSQL with the seeded policies
 * and the Poland calendar (Monday to Friday 08:00–18:00, Polish holidays).
 */
@IntegrationTest
class SlaClocksTests {

	@Autowired
	SlaClocks clocks;

	/** Tuesday 10 November 2026, 17:00 in Warsaw; the next day is Independence Day. */
	private final Instant tuesdayFivePm = warsaw("2026-11-10T17:00");

	@Test
	void aNewInquiryFreezesTheTargetsOfTheActivePolicyOnThePolandCalendar() {
		String ref = SlaBreachJobTests.uniqueRef("START");
		SlaView view = clocks.start(CaseKind.INQUIRY, ref, Priority.HIGH, tuesdayFivePm);
		// HIGH: 2 h first response, 8 h resolution; 11 November is a holiday.
		assertThat(view.firstResponseDueAt()).isEqualTo(warsaw("2026-11-12T09:00"));
		assertThat(view.resolutionDueAt()).isEqualTo(warsaw("2026-11-12T15:00"));
		assertThat(clocks.view(CaseKind.INQUIRY, ref)).contains(view);
	}

	@Test
	void aComplaintIsAcknowledgedWithinOneBusinessDayAndResolvedWithinFifteen() {
		String ref = SlaBreachJobTests.uniqueRef("CMP");
		SlaView view = clocks.start(CaseKind.COMPLAINT, ref, Priority.NORMAL, warsaw("2026-12-01T10:00"));
		assertThat(view.firstResponseDueAt()).isEqualTo(warsaw("2026-12-02T10:00"));
		// 15 business days from Tuesday 1 December, skipping 24-26 December and the
		// weekends: 22 December.
		assertThat(view.resolutionDueAt()).isEqualTo(warsaw("2026-12-22T10:00"));
	}

	@Test
	void theClockFollowsTheCaseThroughWaitingResolvingAndReopening() {
		String ref = SlaBreachJobTests.uniqueRef("LIFE");
		clocks.start(CaseKind.INQUIRY, ref, Priority.NORMAL, warsaw("2026-11-23T09:00"));
		clocks.recordFirstResponse(CaseKind.INQUIRY, ref, warsaw("2026-11-23T09:30"));
		clocks.pause(CaseKind.INQUIRY, ref, warsaw("2026-11-23T10:00"));
		SlaView resumed = clocks.resume(CaseKind.INQUIRY, ref, warsaw("2026-11-24T10:00"));
		assertThat(resumed.pausedBusinessMinutes()).isEqualTo(600);
		assertThat(resumed.resolutionDueAt()).isEqualTo(warsaw("2026-11-26T09:00"));
		SlaView resolved = clocks.resolve(CaseKind.INQUIRY, ref, warsaw("2026-11-24T11:00"));
		assertThat(resolved.resolvedAt()).isEqualTo(warsaw("2026-11-24T11:00"));
		assertThat(resolved.nextDueAt()).isNull();
		SlaView reopened = clocks.reopen(CaseKind.INQUIRY, ref, warsaw("2026-11-24T12:00"));
		assertThat(reopened.resolutionDueAt()).isEqualTo(warsaw("2026-11-26T10:00"));
		SlaView urgent = clocks.changePriority(CaseKind.INQUIRY, ref, Priority.URGENT, warsaw("2026-11-24T12:00"));
		assertThat(urgent.priority()).isEqualTo(Priority.URGENT);
		assertThat(urgent.resolutionDueAt()).as("4 h + 11 h paused, from creation")
			.isEqualTo(warsaw("2026-11-24T14:00"));
	}

	@Test
	void aCaseHasOneClockAndUnknownCasesHaveNone() {
		String ref = SlaBreachJobTests.uniqueRef("ONE");
		clocks.start(CaseKind.INQUIRY, ref, Priority.LOW, tuesdayFivePm);
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> clocks.start(CaseKind.INQUIRY, ref, Priority.LOW, tuesdayFivePm))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo("sla.clock.error.already-started"));
		assertThatExceptionOfType(SlaClockNotFoundException.class)
			.isThrownBy(() -> clocks.recordFirstResponse(CaseKind.COMPLAINT, ref, tuesdayFivePm));
	}

	@Test
	void aPageOfCasesReadsItsSlaBlocksAtOnce() {
		String first = SlaBreachJobTests.uniqueRef("PAGE");
		String second = SlaBreachJobTests.uniqueRef("PAGE");
		clocks.start(CaseKind.INQUIRY, first, Priority.LOW, tuesdayFivePm);
		clocks.start(CaseKind.INQUIRY, second, Priority.URGENT, tuesdayFivePm);
		Map<String, SlaView> views = clocks.views(CaseKind.INQUIRY, List.of(first, second, "INQ-NONE"));
		assertThat(views).containsOnlyKeys(first, second);
		assertThat(views.get(second).priority()).isEqualTo(Priority.URGENT);
		assertThat(views.get(second).state()).isEqualTo(SlaState.BREACHED);
	}

	private static Instant warsaw(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Warsaw")).toInstant();
	}

}
