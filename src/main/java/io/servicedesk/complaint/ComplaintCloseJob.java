package io.servicedesk.complaint;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes resolved complaints whose client has not answered within
 * {@code servicedesk.complaints.close-without-
 * answer-after}. Safe with several nodes in the same way as the SLA breach job: each
 * batch locks its complaints with {@code FOR UPDATE SKIP LOCKED}, and closing them in
 * that transaction takes them out of the partial index
 * {@code complaint_awaiting_acceptance} the query reads, so each complaint is closed
 * exactly once.
 */
@Component
class ComplaintCloseJob {

	static final int BATCH_SIZE = 100;

	private static final Logger log = LoggerFactory.getLogger(ComplaintCloseJob.class);

	private final JdbcClient jdbc;

	private final ComplaintRepository complaints;

	private final ComplaintLifecycle lifecycle;

	private final ComplaintProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ComplaintCloseJob(JdbcClient jdbc, ComplaintRepository complaints, ComplaintLifecycle lifecycle,
			ComplaintProperties properties, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.complaints = complaints;
		this.lifecycle = lifecycle;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${servicedesk.complaints.close-job.interval:PT10M}",
			initialDelayString = "${servicedesk.complaints.close-job.initial-delay:PT1M}")
	void runScheduled() {
		int closed = run();
		if (closed > 0) {
			log.info("Closed {} resolved complaints without an answer from the client", closed);
		}
	}

	/**
	 * Closes everything due now, batch by batch; returns how many complaints this run
	 * closed.
	 */
	int run() {
		Instant now = clock.instant();
		Instant cutoff = now.minus(properties.closeWithoutAnswerAfter());
		int total = 0;
		while (true) {
			Integer closed = transactions.execute(status -> closeBatch(cutoff, now));
			total += closed;
			if (closed < BATCH_SIZE) {
				return total;
			}
		}
	}

	private int closeBatch(Instant cutoff, Instant now) {
		List<Long> due = jdbc
			.sql("select id from complaint where resolved_at is not null and closed_at is null "
					+ "and resolved_at < :cutoff order by resolved_at, id limit :limit for update skip locked")
			.param("cutoff", Timestamp.from(cutoff))
			.param("limit", BATCH_SIZE)
			.query(Long.class)
			.list();
		for (Complaint complaint : complaints.findAllById(due)) {
			lifecycle.close(complaint, ComplaintService.SYSTEM, true, now);
		}
		complaints.flush();
		return due.size();
	}

}
