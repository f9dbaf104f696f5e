package io.servicedesk.sla;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import io.servicedesk.shared.Priority;
import io.servicedesk.shared.IllegalTransitionException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The SLA state of one case on the Polish office calendar (Monday to Friday 08:00–18:00):
 * targets, pauses, priority changes and what the breach job announces.
 */
class SlaClockTest {

	private final BusinessCalendar office = Calendars.polishOffice();

	/** Monday 23 November 2026, 09:00 in Warsaw. */
	private final Instant monday9 = warsaw("2026-11-23T09:00");

	@Test
	void targetsAreMeasuredInBusinessTimeFromCreation() {
		SlaClock clock = normalInquiry(monday9);
		SlaView view = clock.view(monday9);
		assertThat(view.firstResponseDueAt()).isEqualTo(warsaw("2026-11-23T13:00"));
		assertThat(view.resolutionDueAt()).as("2 business days of 10 h").isEqualTo(warsaw("2026-11-25T09:00"));
		assertThat(view.state()).isEqualTo(SlaState.ON_TRACK);
		assertThat(clock.getNextDueAt()).as("80 %% of 4 h").isEqualTo(warsaw("2026-11-23T12:12"));
	}

	@Test
	void atRiskAndBreachAreAnnouncedOnceEach() {
		SlaClock clock = normalInquiry(monday9);
		assertThat(clock.announceDue(warsaw("2026-11-23T12:00"))).isEmpty();
		assertThat(clock.announceDue(warsaw("2026-11-23T12:15"))).containsExactly(
				new SlaClock.Announcement(SlaTarget.FIRST_RESPONSE, SlaState.AT_RISK, warsaw("2026-11-23T13:00")));
		assertThat(clock.view(warsaw("2026-11-23T12:15")).firstResponseState()).isEqualTo(SlaState.AT_RISK);
		assertThat(clock.announceDue(warsaw("2026-11-23T12:30"))).isEmpty();
		assertThat(clock.getNextDueAt()).isEqualTo(warsaw("2026-11-23T13:00"));
		assertThat(clock.announceDue(warsaw("2026-11-23T13:00"))).extracting(SlaClock.Announcement::state)
			.containsExactly(SlaState.BREACHED);
		assertThat(clock.announceDue(warsaw("2026-11-23T13:01"))).isEmpty();
		assertThat(clock.view(warsaw("2026-11-23T13:01")).state()).isEqualTo(SlaState.BREACHED);
		assertThat(clock.getNextDueAt()).as("the resolution at-risk instant").isEqualTo(warsaw("2026-11-24T15:00"));
	}

	@Test
	void aTargetFoundAlreadyPastIsAnnouncedAsBreachedOnly() {
		SlaClock clock = normalInquiry(monday9);
		List<SlaClock.Announcement> announced = clock.announceDue(warsaw("2026-11-30T12:00"));
		assertThat(announced).extracting(SlaClock.Announcement::target, SlaClock.Announcement::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(SlaTarget.FIRST_RESPONSE, SlaState.BREACHED),
					org.assertj.core.groups.Tuple.tuple(SlaTarget.RESOLUTION, SlaState.BREACHED));
		assertThat(clock.getNextDueAt()).as("nothing left to announce").isNull();
	}

	@Test
	void aTimelyFirstResponseStopsTheFirstResponseClock() {
		SlaClock clock = normalInquiry(monday9);
		clock.recordFirstResponse(warsaw("2026-11-23T10:00"));
		SlaView view = clock.view(warsaw("2026-11-23T15:00"));
		assertThat(view.firstResponseState()).isEqualTo(SlaState.ON_TRACK);
		assertThat(view.firstRespondedAt()).isEqualTo(warsaw("2026-11-23T10:00"));
		assertThat(clock.getNextDueAt()).isEqualTo(warsaw("2026-11-24T15:00"));
	}

	@Test
	void aLateFirstResponseCountsAsABreach() {
		SlaClock clock = normalInquiry(monday9);
		clock.recordFirstResponse(warsaw("2026-11-23T14:00"));
		assertThat(clock.view(warsaw("2026-11-23T14:00")).firstResponseState()).isEqualTo(SlaState.BREACHED);
	}

	@Test
	void waitingForTheClientMovesTheResolutionDueInstant() {
		SlaClock clock = normalInquiry(monday9);
		clock.pause(warsaw("2026-11-23T10:00"));
		SlaView paused = clock.view(warsaw("2026-11-26T10:00"));
		assertThat(paused.paused()).isTrue();
		assertThat(paused.resolutionState()).as("a paused clock does not run out").isEqualTo(SlaState.ON_TRACK);
		// Waiting from Monday 10:00 to Tuesday 12:00 is 8 + 4 = 12 business hours.
		clock.resume(warsaw("2026-11-24T12:00"), office);
		SlaView resumed = clock.view(warsaw("2026-11-24T12:00"));
		assertThat(resumed.pausedBusinessMinutes()).isEqualTo(720);
		assertThat(resumed.resolutionDueAt()).isEqualTo(warsaw("2026-11-26T11:00"));
		assertThat(resumed.firstResponseDueAt()).as("the first response does not wait")
			.isEqualTo(warsaw("2026-11-23T13:00"));
	}

	@Test
	void nothingIsAnnouncedForTheResolutionWhilePaused() {
		SlaClock clock = normalInquiry(monday9);
		clock.recordFirstResponse(warsaw("2026-11-23T09:30"));
		clock.pause(warsaw("2026-11-23T09:30"));
		assertThat(clock.getNextDueAt()).isNull();
		assertThat(clock.announceDue(warsaw("2026-12-23T09:30"))).isEmpty();
	}

	@Test
	void resolvingStopsTheClockAndReopeningDoesNotCountTheTimeResolved() {
		SlaClock clock = normalInquiry(monday9);
		clock.recordFirstResponse(warsaw("2026-11-23T09:30"));
		clock.resolve(warsaw("2026-11-23T11:00"), office);
		assertThat(clock.getNextDueAt()).isNull();
		assertThat(clock.view(warsaw("2026-11-30T11:00")).state()).isEqualTo(SlaState.ON_TRACK);
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> clock.resolve(warsaw("2026-11-23T12:00"), office));
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> clock.pause(warsaw("2026-11-23T12:00")));

		// Resolved from Monday 11:00 to Tuesday 11:00: 10 business hours do not count.
		clock.reopen(warsaw("2026-11-24T11:00"), office);
		SlaView reopened = clock.view(warsaw("2026-11-24T11:00"));
		assertThat(reopened.resolvedAt()).isNull();
		assertThat(reopened.resolutionDueAt()).isEqualTo(warsaw("2026-11-26T09:00"));
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> clock.reopen(warsaw("2026-11-24T12:00"), office));
	}

	@Test
	void aHigherPriorityRecomputesTheTargetsFromCreation() {
		SlaClock clock = normalInquiry(monday9);
		clock.changePriority(Priority.URGENT, policy(Priority.URGENT, 60, 240), office, warsaw("2026-11-23T09:30"));
		SlaView view = clock.view(warsaw("2026-11-23T09:30"));
		assertThat(view.priority()).isEqualTo(Priority.URGENT);
		assertThat(view.firstResponseDueAt()).isEqualTo(warsaw("2026-11-23T10:00"));
		assertThat(view.resolutionDueAt()).isEqualTo(warsaw("2026-11-23T13:00"));
		assertThat(clock.getNextDueAt()).isEqualTo(warsaw("2026-11-23T09:48"));
	}

	@Test
	void aLowerPriorityWithdrawsABreachThatIsNoLongerOne() {
		SlaClock clock = new SlaClock(CaseKind.INQUIRY, "INQ-1", Priority.URGENT, policy(Priority.URGENT, 60, 240),
				office, monday9);
		assertThat(clock.announceDue(warsaw("2026-11-23T10:30"))).isNotEmpty();
		clock.changePriority(Priority.NORMAL, policy(Priority.NORMAL, 240, 1200), office, warsaw("2026-11-23T10:30"));
		assertThat(clock.view(warsaw("2026-11-23T10:30")).firstResponseState()).isEqualTo(SlaState.ON_TRACK);
		assertThat(clock.getNextDueAt()).isEqualTo(warsaw("2026-11-23T12:12"));
	}

	private SlaClock normalInquiry(Instant createdAt) {
		return new SlaClock(CaseKind.INQUIRY, "INQ-1", Priority.NORMAL, policy(Priority.NORMAL, 240, 1200), office,
				createdAt);
	}

	private static SlaPolicy policy(Priority priority, int firstResponse, int resolution) {
		SlaPolicy policy = new SlaPolicy(CaseKind.INQUIRY, priority);
		policy.define(CaseKind.INQUIRY, priority, firstResponse, resolution, 1L, 80, null, true);
		return policy;
	}

	private static Instant warsaw(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Warsaw")).toInstant();
	}

}
