package io.servicedesk.complaint;

import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.Viewer;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.shared.Money;
import io.servicedesk.staff.StaffService;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.StaffMother;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The views of the complaint queue on PostgreSQL: which complaints each holds, page by
 * page, with the filters, the counts, what agents see, and the bulk reassignment.
 */
@IntegrationTest
class ComplaintQueueTests {

	@Autowired
	ComplaintService complaints;

	@Autowired
	ComplaintQueue queue;

	@Autowired
	ComplaintSummary summary;

	@Autowired
	ComplaintCloseJob closeJob;

	@Autowired
	ClientService clients;

	@Autowired
	StaffService staff;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachViewHoldsItsComplaintsAndTheCountsFollow() {
		Viewer agent = freshAgent();
		Viewer supervisor = complaints.viewer("supervisor");
		ComplaintCounts before = queue.counts(agent);
		String received = register(agent, Severity.MINOR);
		String proposed = register(agent, Severity.MAJOR);
		complaints.acknowledge(proposed, agent, null, null);
		complaints.proposeResolution(proposed, agent,
				new ProposedResolution(Outcome.REJECTED, Remedy.APOLOGY, null, "late-delivery", "We are sorry."), null);
		String breached = register(agent, Severity.CRITICAL);
		jdbc.sql("update case_file set sla_state = 'BREACHED' where reference = :ref").param("ref", breached).update();
		String overdue = register(agent, Severity.MINOR);
		complaints.acknowledge(overdue, agent, null, null);
		complaints.forward(overdue, agent, "Billing", "Was the invoice right?", Instant.now().plusSeconds(3600), null);
		jdbc.sql(
				"update complaint set answer_due_at = :past where id = (select id from case_file where reference = :ref)")
			.param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(60)))
			.param("ref", overdue)
			.update();
		String closed = register(agent, Severity.MAJOR);
		resolve(closed, agent, Outcome.UPHELD);
		complaints.close(closed, agent, null);

		assertThat(view(supervisor, ComplaintView.NEEDS_REVIEW, agent)).containsExactly(proposed);
		assertThat(view(supervisor, ComplaintView.AT_RISK, agent)).containsExactly(breached);
		assertThat(view(supervisor, ComplaintView.FORWARDED_OVERDUE, agent)).containsExactly(overdue);
		assertThat(view(supervisor, ComplaintView.OPEN, agent)).containsExactlyInAnyOrder(received, proposed, breached,
				overdue);
		assertThat(view(supervisor, ComplaintView.CLOSED, agent)).containsExactly(closed);
		ComplaintQueuePage closedPage = queue.page(supervisor,
				new ComplaintQueueFilter(ComplaintView.CLOSED, null, agent.username(), null, null, null, null), 25,
				null);
		assertThat(closedPage.items().get(0).outcome()).isEqualTo(Outcome.UPHELD);
		assertThat(queue
			.page(supervisor,
					new ComplaintQueueFilter(ComplaintView.CLOSED, null, agent.username(), null, null, null,
							Outcome.REJECTED),
					25, null)
			.items()).isEmpty();

		ComplaintCounts counts = queue.counts(agent);
		assertThat(counts.needsReview()).isEqualTo(before.needsReview() + 1);
		assertThat(counts.atRisk()).isEqualTo(before.atRisk() + 1);
		assertThat(counts.forwardedOverdue()).isEqualTo(before.forwardedOverdue() + 1);
		assertThat(counts.open()).isEqualTo(before.open() + 4);
		assertThat(counts.closed()).isEqualTo(before.closed() + 1);
		assertThat(queue.counts(supervisor).open()).isGreaterThanOrEqualTo(4);
	}

	@ParameterizedTest
	@EnumSource(ComplaintView.class)
	void eachViewListsItsComplaintsNearestDeadlineFirst(ComplaintView view) {
		Viewer agent = freshAgent();
		Viewer supervisor = complaints.viewer("supervisor");
		String later = inView(view, agent, "AT_RISK");
		String sooner = inView(view, agent, "BREACHED");
		dueIn(later, Duration.ofDays(5));
		dueIn(sooner, Duration.ofHours(2));

		assertThat(view(supervisor, view, agent)).containsExactly(sooner, later);
		assertThat(queue.counts(agent).of(view)).isGreaterThanOrEqualTo(2);
	}

	private String inView(ComplaintView view, Viewer agent, String slaState) {
		String reference = register(agent, Severity.MAJOR);
		switch (view) {
			case NEEDS_REVIEW -> {
				complaints.acknowledge(reference, agent, null, null);
				complaints.proposeResolution(reference, agent, new ProposedResolution(Outcome.REJECTED, Remedy.APOLOGY,
						null, "late-delivery", "We are sorry."), null);
			}
			case AT_RISK -> jdbc.sql("update case_file set sla_state = :state where reference = :ref")
				.param("state", slaState)
				.param("ref", reference)
				.update();
			case FORWARDED_OVERDUE -> {
				complaints.acknowledge(reference, agent, null, null);
				complaints.forward(reference, agent, "Billing", "Was the invoice right?",
						Instant.now().plusSeconds(3600), null);
				jdbc.sql("update complaint set answer_due_at = :past "
						+ "where id = (select id from case_file where reference = :ref)")
					.param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(60)))
					.param("ref", reference)
					.update();
			}
			case RESOLVED -> resolve(reference, agent, Outcome.UPHELD);
			case CLOSED -> {
				resolve(reference, agent, Outcome.PARTIALLY_UPHELD);
				complaints.close(reference, agent, null);
			}
			case OPEN, ALL -> {
			}
		}
		return reference;
	}

	private void dueIn(String reference, Duration within) {
		jdbc.sql("update case_file set sla_due_at = :due where reference = :ref")
			.param("due", java.sql.Timestamp.from(Instant.now().plus(within)))
			.param("ref", reference)
			.update();
	}

	@Test
	void filtersBySeverityCategoryTeamAndAgeAndPagesByKeyset() {
		Viewer agent = freshAgent();
		Viewer supervisor = complaints.viewer("supervisor");
		String minor = register(agent, Severity.MINOR);
		String critical = register(agent, Severity.CRITICAL);
		String major = register(agent, Severity.MAJOR);
		assertThat(queue
			.page(supervisor,
					new ComplaintQueueFilter(ComplaintView.OPEN, null, agent.username(), Severity.CRITICAL, null, null,
							null),
					25, null)
			.items()).extracting(row -> row.row().reference()).containsExactly(critical);
		assertThat(queue
			.page(supervisor,
					new ComplaintQueueFilter(ComplaintView.OPEN, "Logistics", agent.username(), null, "damaged-goods",
							null, null),
					25, null)
			.items()).isEmpty();
		assertThat(queue
			.page(supervisor,
					new ComplaintQueueFilter(ComplaintView.OPEN, "Logistics", agent.username(), null, "late-delivery",
							null, null),
					25, null)
			.items()).hasSize(3);
		assertThat(queue
			.page(supervisor, new ComplaintQueueFilter(ComplaintView.OPEN, null, agent.username(), null, null, 7, null),
					25, null)
			.items()).isEmpty();

		ComplaintQueueFilter mine = new ComplaintQueueFilter(ComplaintView.OPEN, null, agent.username(), null, null,
				null, null);
		ComplaintQueuePage first = queue.page(supervisor, mine, 2, null);
		ComplaintQueuePage second = queue.page(supervisor, mine, 2, first.next());
		assertThat(first.items()).hasSize(2);
		assertThat(second.items()).hasSize(1);
		assertThat(second.next()).isNull();
		List<ComplaintRow> all = new java.util.ArrayList<>(first.items());
		all.addAll(second.items());
		assertThat(all).extracting(row -> row.row().reference()).containsExactlyInAnyOrder(minor, critical, major);
		assertThat(all).extracting(row -> row.row().slaDueAt()).as("nearest deadline first").isSorted();
	}

	@Test
	void agentsSeeTheirOwnTheirTeamsAndForwardedComplaintsButNoOtherTeams() {
		Viewer frontDesk = complaints.viewer("agent");
		Viewer logistics = complaints.viewer("agent2");
		String own = register(frontDesk, Severity.MINOR);
		String forwarded = register(frontDesk, Severity.MINOR);
		complaints.acknowledge(forwarded, frontDesk, null, null);
		complaints.forward(forwarded, frontDesk, "Logistics", "Where was the parcel?", Instant.now().plusSeconds(7200),
				null);
		List<String> logisticsSees = queue
			.page(logistics, new ComplaintQueueFilter(ComplaintView.OPEN, null, "agent", null, null, null, null), 100,
					null)
			.items()
			.stream()
			.map(row -> row.row().reference())
			.toList();
		assertThat(logisticsSees).contains(forwarded).doesNotContain(own);
		assertThat(complaints.get(forwarded, logistics).steps().recordFinding()).isTrue();
		assertThat(complaints.get(forwarded, logistics).steps().propose()).isFalse();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> complaints.get(own, logistics));
		assertThat(complaints.get(own, frontDesk).steps().review()).isFalse();
	}

	@Test
	void bulkReassignmentMovesTheCurrentOnesAndReportsTheStaleOne() {
		Viewer agent = freshAgent();
		Viewer supervisor = complaints.viewer("supervisor");
		ComplaintDetails first = complaints.get(register(agent, Severity.MINOR), agent);
		ComplaintDetails second = complaints.get(register(agent, Severity.MINOR), agent);
		complaints.addMessage(second.reference(), agent, "Changed meanwhile",
				io.servicedesk.casework.Visibility.INTERNAL, null);
		List<Reassignment> results = complaints
			.reassign(List.of(new Reassignment.Selected(first.reference(), first.version()),
					new Reassignment.Selected(second.reference(), second.version()),
					new Reassignment.Selected("CMP-999999999", null)), supervisor, null, "Complaints Desk");
		assertThat(results).extracting(Reassignment::result)
			.containsExactly(Reassignment.Result.REASSIGNED, Reassignment.Result.STALE, Reassignment.Result.NOT_FOUND);
		assertThat(complaints.get(first.reference(), supervisor).team()).isEqualTo("Complaints Desk");
		assertThat(complaints.get(second.reference(), supervisor).team()).isEqualTo("Logistics");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> complaints
			.reassign(List.of(new Reassignment.Selected(first.reference(), null)), agent, null, "Billing"));
	}

	@Test
	void resolvedComplaintsWithoutAnAnswerAreClosedByTheJobOnce() {
		Viewer agent = freshAgent();
		String reference = register(agent, Severity.MINOR);
		resolve(reference, agent, Outcome.PARTIALLY_UPHELD);
		jdbc.sql(
				"update complaint set resolved_at = :longAgo where id = (select id from case_file where reference = :ref)")
			.param("longAgo", java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(20))))
			.param("ref", reference)
			.update();
		assertThat(closeJob.run()).isGreaterThanOrEqualTo(1);
		assertThat(complaints.get(reference, agent).status()).isEqualTo(ComplaintStatus.CLOSED);
		assertThat(closeJob.run()).isZero();
	}

	@Test
	void theSummaryCountsOpenComplaintsAndResolutions() {
		Viewer agent = freshAgent();
		Viewer supervisor = complaints.viewer("supervisor");
		ComplaintSummary.Figures before = summary.of();
		register(agent, Severity.CRITICAL);
		String resolved = register(agent, Severity.MINOR);
		resolve(resolved, agent, Outcome.UPHELD);
		ComplaintSummary.Figures after = summary.of();
		assertThat(after.openBySeverity().get(Severity.CRITICAL))
			.isEqualTo(before.openBySeverity().get(Severity.CRITICAL) + 1);
		assertThat(after.openByAge().get("0-7")).isEqualTo(before.openByAge().get("0-7") + 1);
		assertThat(after.resolvedRecently()).isEqualTo(before.resolvedRecently() + 1);
		assertThat(after.upholdRate()).isNotNull();
		assertThat(after.averageDaysToResolve()).isNotNull();
	}

	@Test
	void theSummaryIsCountedAgainOnlyWhenItIsOlderThanItsMaximumAge() {
		Viewer agent = freshAgent();
		MutableClock clock = new MutableClock(Instant.now());
		List<Runnable> background = new ArrayList<>();
		ComplaintSummary kept = new ComplaintSummary(jdbc, clock,
				new ComplaintProperties(null, null, Duration.ofSeconds(30)), background::add);
		ComplaintSummary.Figures first = kept.of();
		register(agent, Severity.CRITICAL);
		clock.advance(Duration.ofSeconds(29));
		assertThat(kept.of()).isSameAs(first);
		assertThat(background).isEmpty();

		// older than the maximum age: still shown, counted again in the background, once
		clock.advance(Duration.ofSeconds(2));
		assertThat(kept.of()).isSameAs(first);
		assertThat(kept.of()).isSameAs(first);
		assertThat(background).hasSize(1);
		background.remove(0).run();
		ComplaintSummary.Figures recounted = kept.of();
		assertThat(recounted.countedAt()).isEqualTo(clock.instant());
		assertThat(recounted.openBySeverity().get(Severity.CRITICAL))
			.isEqualTo(first.openBySeverity().get(Severity.CRITICAL) + 1);

		// older than twice the maximum age: counted before it is shown
		register(agent, Severity.CRITICAL);
		clock.advance(Duration.ofSeconds(61));
		ComplaintSummary.Figures late = kept.of();
		assertThat(late.countedAt()).isEqualTo(clock.instant());
		assertThat(late.openBySeverity().get(Severity.CRITICAL))
			.isEqualTo(recounted.openBySeverity().get(Severity.CRITICAL) + 1);
		assertThat(background).isEmpty();
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration by) {
			this.now = this.now.plus(by);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

	@Test
	void aResolvedComplaintWaitingForTheClientIsInItsOwnViewInAllAndFoundByItsStatus() {
		Viewer agent = freshAgent();
		Viewer supervisor = complaints.viewer("supervisor");
		ComplaintCounts before = queue.counts(supervisor);
		String open = register(agent, Severity.MINOR);
		String resolved = register(agent, Severity.MAJOR);
		resolve(resolved, agent, Outcome.UPHELD);
		String closed = register(agent, Severity.MINOR);
		resolve(closed, agent, Outcome.REJECTED);
		complaints.close(closed, agent, null);

		assertThat(view(supervisor, ComplaintView.RESOLVED, agent)).containsExactly(resolved);
		assertThat(view(supervisor, ComplaintView.ALL, agent)).containsExactlyInAnyOrder(open, resolved, closed);
		assertThat(view(supervisor, ComplaintView.OPEN, agent)).containsExactly(open);
		assertThat(queue
			.page(supervisor,
					new ComplaintQueueFilter(ComplaintView.ALL, null, agent.username(), null, null, null, null,
							ComplaintStatus.RESOLVED),
					25, null)
			.items()).extracting(row -> row.row().reference()).containsExactly(resolved);
		assertThat(queue
			.page(supervisor,
					new ComplaintQueueFilter(ComplaintView.OPEN, null, agent.username(), null, null, null, null,
							ComplaintStatus.RESOLVED),
					25, null)
			.items()).isEmpty();
		assertThat(view(agent, ComplaintView.RESOLVED, agent)).containsExactly(resolved);
		assertThat(queue.counts(supervisor).resolved()).isEqualTo(before.resolved() + 1);
	}

	private void resolve(String reference, Viewer agent, Outcome outcome) {
		complaints.acknowledge(reference, agent, null, null);
		complaints.proposeResolution(reference, agent,
				new ProposedResolution(outcome, Remedy.APOLOGY, null, "late-delivery", "Our decision."), null);
		complaints.review(reference, complaints.viewer("supervisor"), ReviewDecision.APPROVE, null, null);
	}

	private List<String> view(Viewer viewer, ComplaintView view, Viewer assignee) {
		return queue
			.page(viewer, new ComplaintQueueFilter(view, null, assignee.username(), null, null, null, null), 25, null)
			.items()
			.stream()
			.map(row -> row.row().reference())
			.toList();
	}

	private Viewer freshAgent() {
		return complaints.viewer(StaffMother.agent(staff, encoder, "cq").username());
	}

	private String register(Viewer viewer, Severity severity) {
		ClientDetails client = ClientMother.individual(clients, "Complaint Client");
		return complaints
			.register(new NewComplaint(client.number(), CaseChannel.EMAIL, "Late parcel " + severity, "It came late.",
					null, severity, "late-delivery", null, null, Money.of("30.00", "EUR"), null, true), viewer)
			.reference();
	}

}
