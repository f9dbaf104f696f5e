package io.servicedesk.shared;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads what a page shows in one read-only transaction: the services a page asks join it
 * instead of each beginning and ending a transaction of its own (an entity manager, a
 * connection taken from the pool and given back, a commit), which on a case page were
 * eight (docs/architecture.md, "Performance budgets"). Only for work that writes nothing:
 * the database refuses a write in a read-only transaction.
 */
@Component
public class PageReads {

	private final TransactionTemplate reads;

	PageReads(PlatformTransactionManager transactions) {
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.reads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
	}

	/** What {@code work} reads, read in one read-only transaction. */
	public <T> T read(Supplier<T> work) {
		return this.reads.execute(status -> work.get());
	}

}
