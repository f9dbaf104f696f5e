package io.servicedesk.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.servicedesk.shared.Priority;
import io.servicedesk.staff.TeamDirectory;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The breach job on PostgreSQL: what falls due is announced once, escalated once, even
 * with two schedulers working on the same database at the same time.
 */
@IntegrationTest
class SlaBreachJobTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	SlaClocks clocks;

	@Autowired
	SlaBreachJob job;

	@Autowired
	SlaEscalation escalation;

	@Autowired
	TeamDirectory teams;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SlaClockRepository clockRepository;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void twoSchedulersEscalateEachBreachExactlyOnce() throws Exception {
		Instant longAgo = Instant.now().minus(Duration.ofDays(60));
		List<String> refs = new ArrayList<>();
		// Two nodes, each with its own job and small batches, so that both take several
		// batches of one backlog.
		int batchSize = 100;
		List<SlaBreachJob> nodes = List.of(
				new SlaBreachJob(clockRepository, events, transactionManager, Clock.systemUTC(), batchSize),
				new SlaBreachJob(clockRepository, events, transactionManager, Clock.systemUTC(), batchSize));
		for (int i = 0; i < 2 * batchSize + 50; i++) {
			String ref = uniqueRef("TWO");
			clocks.start(CaseKind.INQUIRY, ref, Priority.URGENT, longAgo);
			refs.add(ref);
		}

		ExecutorService schedulers = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> runs = new ArrayList<>();
		for (SlaBreachJob node : nodes) {
			runs.add(schedulers.submit(() -> {
				start.await();
				return node.run();
			}));
		}
		start.countDown();
		int announced = 0;
		for (Future<Integer> run : runs) {
			announced += run.get();
		}
		schedulers.shutdown();

		// The application's own scheduler may have taken some of them; never more than
		// one breach per target.
		assertThat(announced).isLessThanOrEqualTo(2 * refs.size());
		assertThat(jdbc
			.sql("select count(*) from sla_clock where case_ref in (:refs) and next_due_at is null "
					+ "and first_response_breached and resolution_breached")
			.param("refs", refs)
			.query(Long.class)
			.single()).isEqualTo(refs.size());
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(
					jdbc.sql("select count(*) from audit_entry where action = 'sla.breached' and object_ref in (:refs)")
						.param("refs", refs)
						.query(Long.class)
						.single())
				.isEqualTo(2L * refs.size()));
		assertThat(jdbc.sql("""
				select count(*) from (select object_ref, after_value from audit_entry
				where action = 'sla.breached' and object_ref in (:refs)
				group by object_ref, after_value having count(*) > 1) duplicates""")
			.param("refs", refs)
			.query(Long.class)
			.single()).as("no target escalated twice").isZero();
		assertThat(jdbc.sql("select count(*) from notification where recipient = 'supervisor' and dedup_key in (:keys)")
			.param("keys", refs.stream().map(ref -> "sla:INQUIRY:" + ref + ":RESOLUTION:BREACHED").toList())
			.query(Long.class)
			.single()).isEqualTo(refs.size());
		assertThat(jdbc.sql("""
				select count(distinct serialized_event) from event_publication where event_type like '%.SlaBreached'
				and substring(serialized_event from '"caseRef":"([^"]+)"') in (:refs)""")
			.param("refs", refs)
			.query(Long.class)
			.single()).as("each breach published once").isEqualTo(2L * refs.size());
	}

	@Test
	void atRiskIsAnnouncedOnceBeforeTheBreach() {
		// An urgent inquiry (1 h first response) created 50 business minutes ago on the
		// Poland calendar is
		// at risk (80 % = 48 min) but not yet breached - if the desk is open now;
		// otherwise nothing is due.
		String ref = uniqueRef("RISK");
		// PostgreSQL keeps microseconds: with nanoseconds the due time read back differs
		// from the one computed
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		SlaView started = clocks.start(CaseKind.INQUIRY, ref, Priority.URGENT, now.minus(Duration.ofMinutes(50)));
		job.run();
		SlaView view = clocks.view(CaseKind.INQUIRY, ref).orElseThrow();
		long atRiskAudits = jdbc
			.sql("select count(*) from audit_entry where action = 'sla.at-risk' and object_ref = :ref")
			.param("ref", ref)
			.query(Long.class)
			.single();
		if (view.firstResponseState() == SlaState.AT_RISK) {
			await().atMost(Duration.ofSeconds(30))
				.until(() -> jdbc
					.sql("select count(*) from audit_entry where action = 'sla.at-risk' and object_ref = :ref")
					.param("ref", ref)
					.query(Long.class)
					.single() == 1L);
			job.run();
			assertThat(jdbc.sql("select count(*) from audit_entry where action = 'sla.at-risk' and object_ref = :ref")
				.param("ref", ref)
				.query(Long.class)
				.single()).isEqualTo(1L);
		}
		else {
			assertThat(view.firstResponseDueAt()).isEqualTo(started.firstResponseDueAt());
			assertThat(atRiskAudits).isZero();
		}
	}

	@Test
	void answeredAndResolvedCasesLeaveTheJobsIndex() {
		String ref = uniqueRef("DONE");
		Instant createdAt = Instant.now().minus(Duration.ofDays(30));
		clocks.start(CaseKind.COMPLAINT, ref, Priority.NORMAL, createdAt);
		clocks.recordFirstResponse(CaseKind.COMPLAINT, ref, createdAt.plus(Duration.ofMinutes(5)));
		SlaView resolved = clocks.resolve(CaseKind.COMPLAINT, ref, createdAt.plus(Duration.ofHours(1)));
		assertThat(resolved.nextDueAt()).isNull();
		assertThat(resolved.state()).isEqualTo(SlaState.ON_TRACK);
		job.run();
		assertThat(jdbc.sql("select count(*) from audit_entry where object_ref = :ref and action like 'sla.%'")
			.param("ref", ref)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aBreachWithAnEscalationTeamIsHandedToThatTeamAndNotifiesSupervisorsOnce() {
		String ref = uniqueRef("ESC");
		long logistics = teams.findTeamId("Logistics").orElseThrow();
		SlaBreached breach = new SlaBreached(CaseKind.COMPLAINT, ref, SlaTarget.RESOLUTION, Instant.now(), logistics,
				Instant.now());
		escalation.on(breach);
		escalation.on(breach);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(jdbc
				.sql("select after_value from audit_entry where action = 'sla.escalated-to-team' "
						+ "and object_ref = :ref")
				.param("ref", ref)
				.query(String.class)
				.list()).containsExactly("Logistics", "Logistics");
			assertThat(jdbc.sql("select count(*) from notification where recipient = 'supervisor' and dedup_key = :key")
				.param("key", "sla:COMPLAINT:" + ref + ":RESOLUTION:BREACHED")
				.query(Long.class)
				.single()).as("a redelivered event notifies nobody twice").isEqualTo(1L);
		});
	}

	static String uniqueRef(String prefix) {
		return "INQ-T" + prefix + "-" + System.nanoTime() % 100_000_000 + "-" + SEQUENCE.incrementAndGet();
	}

}
