package io.servicedesk.reporting;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts the parts of a dashboard side by side: at most three at once on a node, besides
 * the request's own thread, each part in a read-only transaction of its own thread. The
 * pool is built with the application's task-execution settings and shut down with the
 * context. It is deliberately not an {@code Executor} bean: one would replace the
 * application's own task executor for asynchronous event listeners.
 */
@Component
class ReportCounting implements DisposableBean {

	static final int THREADS = 3;

	private final ThreadPoolTaskExecutor pool;

	private final TransactionTemplate readOnly;

	ReportCounting(ThreadPoolTaskExecutorBuilder builder, PlatformTransactionManager transactions) {
		this.pool = builder.corePoolSize(THREADS)
			.maxPoolSize(THREADS)
			.queueCapacity(Integer.MAX_VALUE)
			.threadNamePrefix("report-counting-")
			.build();
		this.pool.setDaemon(true);
		this.pool.initialize();
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Counts {@code part} on a thread of the pool. */
	<T> CompletableFuture<T> inParallel(Supplier<T> part) {
		return CompletableFuture.supplyAsync(() -> inTransaction(part), pool);
	}

	/** Counts {@code part} on the calling thread, in a read-only transaction. */
	<T> T inTransaction(Supplier<T> part) {
		return readOnly.execute(status -> part.get());
	}

	@Override
	public void destroy() {
		pool.shutdown();
	}

}
