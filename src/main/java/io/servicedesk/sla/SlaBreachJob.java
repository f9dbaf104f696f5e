package io.servicedesk.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every minute, announces what has fallen due: targets at risk and targets breached, each
 * exactly once.
 * <p>
 * Several nodes run this job at the same time, and that is safe without a leader or a
 * lock table: each batch locks the due clocks with {@code FOR UPDATE SKIP LOCKED}, so a
 * clock is handled by whichever node locked it first while the others skip it instead of
 * waiting; the clock's flags and its {@code next_due_at} change in the same transaction,
 * so once committed no node selects it again for the same target. The events are stored
 * in that transaction too (event publication registry), so an announcement and its
 * escalation are never lost nor made twice. Compared with ShedLock or an advisory lock
 * this needs no extra table and lets nodes share a large backlog instead of one node
 * doing all the work.
 * <p>
 * Cost: the query reads the partial index {@code sla_clock_next_due}, which holds only
 * clocks with something left to announce, from its start up to now; clocks of resolved or
 * answered cases are not in it.
 */
@Component
class SlaBreachJob {

	/**
	 * Clocks locked and announced per transaction; 1,000 due clocks take well under a
	 * second in one batch.
	 */
	static final int BATCH_SIZE = 1000;

	private static final Logger log = LoggerFactory.getLogger(SlaBreachJob.class);

	private final SlaClockRepository clocks;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int batchSize;

	@Autowired
	SlaBreachJob(SlaClockRepository clocks, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		this(clocks, events, transactions, clock, BATCH_SIZE);
	}

	SlaBreachJob(SlaClockRepository clocks, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock, int batchSize) {
		this.clocks = clocks;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
		this.batchSize = batchSize;
	}

	@Scheduled(fixedDelayString = "${servicedesk.sla.breach-job.interval:PT1M}",
			initialDelayString = "${servicedesk.sla.breach-job.initial-delay:PT30S}")
	void runScheduled() {
		long started = System.nanoTime();
		int announced = run();
		if (announced > 0) {
			log.info("SLA breach job announced {} at-risk or breached targets in {} ms", announced,
					(System.nanoTime() - started) / 1_000_000);
		}
	}

	/**
	 * Announces everything due now, batch by batch; returns the number of announcements
	 * this run made.
	 */
	int run() {
		Instant now = clock.instant();
		int total = 0;
		while (true) {
			int[] batch = transactions.execute(status -> announceBatch(now));
			total += batch[1];
			if (batch[0] < batchSize) {
				return total;
			}
		}
	}

	private int[] announceBatch(Instant now) {
		List<SlaClock> due = clocks.lockDue(now, batchSize);
		int announced = 0;
		for (SlaClock dueClock : due) {
			for (SlaClock.Announcement announcement : dueClock.announceDue(now)) {
				events.publishEvent(switch (announcement.state()) {
					case BREACHED -> new SlaBreached(dueClock.getCaseKind(), dueClock.getCaseRef(),
							announcement.target(), announcement.dueAt(), dueClock.getEscalationTeamId(), now);
					case AT_RISK -> new SlaAtRisk(dueClock.getCaseKind(), dueClock.getCaseRef(), announcement.target(),
							announcement.dueAt(), dueClock.getEscalationTeamId(), now);
					case ON_TRACK -> throw new IllegalStateException("Nothing to announce while on track");
				});
				announced++;
			}
		}
		return new int[] { due.size(), announced };
	}

}
