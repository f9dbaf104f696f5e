package io.servicedesk.complaint;

import java.time.Duration;
import java.time.Instant;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.ClockChange;
import io.servicedesk.casework.NewCase;
import io.servicedesk.casework.Viewer;
import io.servicedesk.shared.Money;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.Priority;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The complaint lifecycle, the four-eyes rule of the review and the amount rule of a
 * proposal, without a database.
 */
class ComplaintWorkflowTest {

	static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	static final Duration WINDOW = Duration.ofDays(30);

	static Complaint received(Money claimed) {
		return new Complaint(new NewCase(1L, CaseChannel.EMAIL, "Parcel arrived broken", Priority.HIGH, "damaged-goods",
				null, null, 7L, "agent"), "CMP-000001", Severity.MAJOR, claimed, "A refund", null, "agent", NOW);
	}

	static Complaint investigating() {
		Complaint complaint = received(Money.of("120.00", "EUR"));
		complaint.acknowledge("agent", NOW);
		complaint.startInvestigation("agent", NOW);
		return complaint;
	}

	static Complaint proposedBy(String proposer, boolean supervisor) {
		Complaint complaint = investigating();
		complaint.proposeResolution(partialRefund("60.00"), proposer, supervisor, NOW);
		return complaint;
	}

	static ProposedResolution partialRefund(String amount) {
		return new ProposedResolution(Outcome.PARTIALLY_UPHELD, Remedy.REFUND, Money.of(amount, "EUR"), "late-delivery",
				"We refund part of the price.");
	}

	@Test
	void theWholeWayFromReceivedToClosedWithTheClockStepsOnTheWay() {
		Complaint complaint = received(Money.of("120.00", "EUR"));
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.RECEIVED);
		assertThat(complaint.acknowledge("agent", NOW)).isEqualTo(ClockChange.FIRST_RESPONSE);
		assertThat(complaint.forward(3L, "Why was it late?", NOW.plusSeconds(86400), "agent", NOW))
			.isEqualTo(ClockChange.NONE);
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.FORWARDED);
		assertThat(complaint.answerOverdue(NOW.plusSeconds(90000))).isTrue();
		complaint.recordFinding("aberzins", NOW.plusSeconds(3600));
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.INVESTIGATING);
		assertThat(complaint.getAnswerDueAt()).isNull();
		complaint.proposeResolution(partialRefund("60.00"), "agent", false, NOW);
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.RESOLUTION_PROPOSED);
		assertThat(complaint.approveResolution("supervisor", true, NOW)).isEqualTo(ClockChange.RESOLVE);
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.RESOLVED);
		assertThat(complaint.isActive()).isFalse();
		complaint.close("agent", NOW);
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
		assertThat(complaint.getClosedAt()).isEqualTo(NOW);
	}

	static final Viewer AGENT = new Viewer("agent", "Agent", 7L, "Front Desk", false);

	static final Viewer SUPERVISOR = new Viewer("supervisor", "Supervisor", 7L, "Front Desk", true);

	@Test
	void theStepsOfferedAreThoseTheGuardsAllow() {
		Complaint complaint = received(null);
		assertThat(complaint.stepsFor(AGENT, WINDOW, NOW))
			.isEqualTo(new ComplaintDetails.Steps(true, false, false, false, false, false, false, false));
		complaint.acknowledge("agent", NOW);
		assertThat(complaint.stepsFor(AGENT, WINDOW, NOW).investigate()).isTrue();
		complaint.startInvestigation("agent", NOW);
		assertThat(complaint.stepsFor(AGENT, WINDOW, NOW))
			.isEqualTo(new ComplaintDetails.Steps(false, false, true, false, true, false, false, false));
	}

	@Test
	void theFindingIsOfferedToTheTeamItWasForwardedToAndNobodyElseOutsideTheCase() {
		Complaint complaint = investigating();
		complaint.forward(3L, "Why was it late?", NOW.plusSeconds(86400), "agent", NOW);
		Viewer logistics = new Viewer("aberzins", "A. Bērziņš", 3L, "Logistics", false);
		Viewer billing = new Viewer("billing", "Billing agent", 4L, "Billing", false);
		assertThat(complaint.isVisibleTo(logistics)).isTrue();
		assertThat(complaint.stepsFor(logistics, WINDOW, NOW))
			.isEqualTo(new ComplaintDetails.Steps(false, false, false, true, false, false, false, false));
		assertThat(complaint.isVisibleTo(billing)).isFalse();
		assertThat(complaint.stepsFor(billing, WINDOW, NOW).recordFinding()).isFalse();
	}

	@Test
	void theReviewIsOfferedToASupervisorWhoDidNotProposeAndReopeningOnlyWithinTheWindow() {
		Complaint complaint = proposedBy("supervisor", true);
		assertThat(complaint.stepsFor(SUPERVISOR, WINDOW, NOW).review()).isFalse();
		assertThat(complaint.stepsFor(AGENT, WINDOW, NOW).review()).isFalse();
		Viewer other = new Viewer("lead", "Lead", 4L, "Billing", true);
		assertThat(complaint.stepsFor(other, WINDOW, NOW).review()).isTrue();
		complaint.approveResolution("lead", true, NOW);
		assertThat(complaint.stepsFor(AGENT, WINDOW, NOW.plus(WINDOW)))
			.isEqualTo(new ComplaintDetails.Steps(false, false, false, false, false, false, true, true));
		assertThat(complaint.stepsFor(AGENT, WINDOW, NOW.plus(WINDOW).plusSeconds(1)).reopen()).isFalse();
	}

	@Test
	void aComplaintIsAcknowledgedOnlyOnce() {
		Complaint complaint = received(null);
		complaint.acknowledge("agent", NOW);
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> complaint.acknowledge("agent", NOW));
	}

	@Test
	void nothingIsForwardedOrProposedBeforeTheAcknowledgement() {
		Complaint complaint = received(null);
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> complaint.forward(3L, "Why?", NOW.plusSeconds(60), "agent", NOW));
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> complaint.proposeResolution(partialRefund("1.00"), "agent", false, NOW));
	}

	@Test
	void aForwardNeedsAQuestionAndAnAnswerDueInTheFuture() {
		Complaint complaint = investigating();
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> complaint.forward(3L, " ", NOW.plusSeconds(60), "agent", NOW));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> complaint.forward(3L, "Why?", NOW.minusSeconds(60), "agent", NOW))
			.satisfies(refusal -> assertThat(refusal.getMessageKey()).isEqualTo("complaint.forward.due-in-future"));
	}

	@Test
	void theProposerCannotApproveTheirOwnResolutionEvenAsASupervisor() {
		Complaint complaint = proposedBy("supervisor", true);
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> complaint.approveResolution("supervisor", true, NOW))
			.satisfies(refusal -> assertThat(refusal.getMessageKey()).isEqualTo("complaint.review.four-eyes"));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> complaint.sendBack("supervisor", true, "Check again", NOW));
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.RESOLUTION_PROPOSED);
	}

	@Test
	void anAgentCannotReviewAResolution() {
		Complaint complaint = proposedBy("agent", false);
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> complaint.approveResolution("agent2", false, NOW))
			.satisfies(refusal -> assertThat(refusal.getMessageKey()).isEqualTo("complaint.review.supervisor-only"));
	}

	@Test
	void anotherSupervisorApprovesOrSendsBackWithAComment() {
		Complaint approved = proposedBy("agent", false);
		approved.approveResolution("supervisor", true, NOW);
		assertThat(approved.getReviewedBy()).isEqualTo("supervisor");
		assertThat(approved.getResolvedAt()).isEqualTo(NOW);

		Complaint sentBack = proposedBy("agent", false);
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> sentBack.sendBack("supervisor", true, "", NOW));
		assertThat(sentBack.sendBack("supervisor", true, "Ask Logistics first", NOW)).isEqualTo(ClockChange.NONE);
		assertThat(sentBack.status()).isEqualTo(ComplaintStatus.INVESTIGATING);
	}

	@Test
	void anAgentMayProposeUpToTheClaimedAmountButNotAboveIt() {
		Complaint upToClaim = investigating();
		upToClaim.proposeResolution(partialRefund("120.00"), "agent", false, NOW);
		assertThat(upToClaim.getProposal().amount()).isEqualTo(Money.of("120.00", "EUR"));

		Complaint aboveClaim = investigating();
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> aboveClaim.proposeResolution(partialRefund("120.01"), "agent", false, NOW))
			.satisfies(
					refusal -> assertThat(refusal.getMessageKey()).isEqualTo("complaint.proposal.amount-above-claim"));
		assertThat(aboveClaim.status()).isEqualTo(ComplaintStatus.INVESTIGATING);
	}

	@Test
	void anAgentMayNotPayInAnotherCurrencyOrWhenNothingWasClaimed() {
		Complaint complaint = investigating();
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> complaint.proposeResolution(
				new ProposedResolution(Outcome.UPHELD, Remedy.REFUND, Money.of("10.00", "PLN"), "late-delivery", "m"),
				"agent", false, NOW));

		Complaint unclaimed = received(null);
		unclaimed.acknowledge("agent", NOW);
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> unclaimed.proposeResolution(partialRefund("5.00"), "agent", false, NOW))
			.satisfies(refusal -> assertThat(refusal.getMessageKey()).isEqualTo("complaint.proposal.amount-unclaimed"));
	}

	@Test
	void aSupervisorMayProposeMoreThanWasClaimed() {
		Complaint complaint = investigating();
		complaint.proposeResolution(partialRefund("500.00"), "supervisor", true, NOW);
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.RESOLUTION_PROPOSED);
	}

	@Test
	void aRefundNeedsAnAmountAndEveryProposalARootCauseAndAMessage() {
		Complaint complaint = investigating();
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> complaint.proposeResolution(
				new ProposedResolution(Outcome.UPHELD, Remedy.REFUND, null, "late-delivery", "m"), "agent", false,
				NOW));
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> complaint.proposeResolution(
				new ProposedResolution(Outcome.REJECTED, Remedy.APOLOGY, null, " ", "m"), "agent", false, NOW));
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> complaint.proposeResolution(
				new ProposedResolution(Outcome.REJECTED, Remedy.APOLOGY, null, "late-delivery", ""), "agent", false,
				NOW));
		complaint.proposeResolution(
				new ProposedResolution(Outcome.REJECTED, Remedy.APOLOGY, null, "late-delivery", "We are sorry."),
				"agent", false, NOW);
		assertThat(complaint.getProposal().amount()).isNull();
	}

	@Test
	void aResolvedOrClosedComplaintIsReopenedWithinTheWindowWithAReason() {
		Complaint complaint = proposedBy("agent", false);
		complaint.approveResolution("supervisor", true, NOW);
		complaint.close("agent", NOW.plusSeconds(60));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> complaint.reopen(" ", WINDOW, "agent", NOW.plusSeconds(120)));
		assertThat(complaint.reopen("The refund is too small", WINDOW, "agent", NOW.plus(Duration.ofDays(29))))
			.isEqualTo(ClockChange.REOPEN);
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.REOPENED);
		assertThat(complaint.isActive()).isTrue();
		assertThat(complaint.getClosedAt()).isNull();
		complaint.startInvestigation("agent", NOW.plus(Duration.ofDays(29)));
		assertThat(complaint.status()).isEqualTo(ComplaintStatus.INVESTIGATING);
	}

	@Test
	void reopeningAfterTheWindowIsRefused() {
		Complaint complaint = proposedBy("agent", false);
		complaint.approveResolution("supervisor", true, NOW);
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> complaint.reopen("Too late", WINDOW, "agent", NOW.plus(Duration.ofDays(31))))
			.satisfies(refusal -> assertThat(refusal.getMessageKey()).isEqualTo("complaint.reopen.window-passed"));
	}

	@Test
	void anOpenComplaintCannotBeClosedOrReopened() {
		Complaint complaint = investigating();
		assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> complaint.close("agent", NOW));
		assertThatExceptionOfType(IllegalTransitionException.class)
			.isThrownBy(() -> complaint.reopen("why", WINDOW, "agent", NOW));
	}

	@Test
	void aClaimMustBePositive() {
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> received(Money.of("0.00", "EUR")));
	}

}
