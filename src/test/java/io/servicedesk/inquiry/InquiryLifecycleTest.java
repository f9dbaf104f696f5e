package io.servicedesk.inquiry;

import java.time.Instant;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.ClockChange;
import io.servicedesk.casework.NewCase;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The inquiry lifecycle and what each step means for the SLA clock, without a database.
 */
class InquiryLifecycleTest {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	static Inquiry newPhoneInquiry() {
		return new Inquiry(
				new NewCase(1L, CaseChannel.PHONE, "Where is my parcel?", Priority.NORMAL, null, null, null, 7L, null),
				"INQ-000001", "agent", NOW);
	}

	static Inquiry openInquiry() {
		Inquiry inquiry = newPhoneInquiry();
		inquiry.open("agent", NOW);
		return inquiry;
	}

	@Test
	void aNewInquiryIsNewAndActive() {
		Inquiry inquiry = newPhoneInquiry();
		assertThat(inquiry.status()).isEqualTo(InquiryStatus.NEW);
		assertThat(inquiry.isActive()).isTrue();
	}

	@Test
	void waitingOnTheClientPausesTheClockAndTheAnswerResumesIt() {
		Inquiry inquiry = openInquiry();
		assertThat(inquiry.waitForClient("agent", NOW)).isEqualTo(ClockChange.PAUSE);
		assertThat(inquiry.isActive()).isTrue();
		assertThat(inquiry.clientAnswered("agent", NOW.plusSeconds(600))).isEqualTo(ClockChange.RESUME);
		assertThat(inquiry.status()).isEqualTo(InquiryStatus.OPEN);
	}

	@Test
	void settingWaitingBackToOpenByHandResumesTheClockToo() {
		Inquiry inquiry = openInquiry();
		inquiry.waitForClient("agent", NOW);
		assertThat(inquiry.open("agent", NOW)).isEqualTo(ClockChange.RESUME);
	}

	@Test
	void onlyAPublicReplyIsAFirstResponseAndItOpensANewInquiry() {
		Inquiry inquiry = newPhoneInquiry();
		assertThat(inquiry.addNote("agent", NOW)).isEqualTo(ClockChange.NONE);
		assertThat(inquiry.status()).isEqualTo(InquiryStatus.NEW);
		assertThat(inquiry.replyToClient("agent", NOW)).isEqualTo(ClockChange.FIRST_RESPONSE);
		assertThat(inquiry.status()).isEqualTo(InquiryStatus.OPEN);
	}

	@Test
	void resolvingNeedsASummaryAndStopsTheClock() {
		Inquiry inquiry = openInquiry();
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> inquiry.resolve("  ", "agent", NOW));
		assertThat(inquiry.resolve("Parcel found at the depot", "agent", NOW)).isEqualTo(ClockChange.RESOLVE);
		assertThat(inquiry.getResolutionSummary()).isEqualTo("Parcel found at the depot");
		assertThat(inquiry.isActive()).isFalse();
	}

	@Test
	void aClientReplyReopensAResolvedInquiry() {
		Inquiry inquiry = openInquiry();
		inquiry.resolve("Done", "agent", NOW);
		assertThat(inquiry.clientAnswered("agent", NOW.plusSeconds(60))).isEqualTo(ClockChange.REOPEN);
		assertThat(inquiry.status()).isEqualTo(InquiryStatus.OPEN);
		assertThat(inquiry.getResolvedAt()).isNull();
	}

	@Test
	void aClosedInquiryIsFinal() {
		Inquiry inquiry = openInquiry();
		inquiry.resolve("Done", "agent", NOW);
		assertThat(inquiry.close("agent", NOW)).isEqualTo(ClockChange.NONE);
		assertThat(InquiryStatus.CLOSED.next()).isEmpty();
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> inquiry.clientAnswered("agent", NOW));
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> inquiry.replyToClient("agent", NOW));
		assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> inquiry.open("agent", NOW));
	}

	@ParameterizedTest(name = "{0} → {1} is refused")
	@CsvSource({ "NEW, WAITING_ON_CLIENT", "NEW, RESOLVED", "NEW, CLOSED", "OPEN, CLOSED", "OPEN, NEW",
			"WAITING_ON_CLIENT, RESOLVED", "OPEN, OPEN" })
	void stepsOutsideTheLifecycleAreRefused(InquiryStatus from, InquiryStatus to) {
		Inquiry inquiry = newPhoneInquiry();
		if (from != InquiryStatus.NEW) {
			inquiry.open("agent", NOW);
		}
		if (from == InquiryStatus.WAITING_ON_CLIENT) {
			inquiry.waitForClient("agent", NOW);
		}
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> inquiry.stepTo(to, "summary", "agent", NOW));
		assertThat(inquiry.status()).isEqualTo(from);
	}

	@Test
	void aResolvedInquiryIsReopenedByHandAndItsResolutionNoLongerCounts() {
		Inquiry inquiry = openInquiry();
		inquiry.resolve("Done", "agent", NOW);
		assertThat(inquiry.stepTo(InquiryStatus.OPEN, null, "agent", NOW)).isEqualTo(ClockChange.REOPEN);
		assertThat(inquiry.getResolvedAt()).isNull();
		assertThat(inquiry.isActive()).isTrue();
	}

	@Test
	void aChangedPriorityIsReportedSoTheClockIsRecalculated() {
		Inquiry inquiry = openInquiry();
		assertThat(inquiry.changePriority(Priority.URGENT, "agent", NOW)).isTrue();
		assertThat(inquiry.changePriority(Priority.URGENT, "agent", NOW)).isFalse();
	}

}
