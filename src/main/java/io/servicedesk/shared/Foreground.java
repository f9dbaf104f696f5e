package io.servicedesk.shared;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * People first: the web layer counts the requests it is serving ({@link #enter()},
 * {@link #leave()}), and background work that runs flat out when there is much to do (the
 * mail delivery worker, the mailbox reader) {@link #giveWay() gives way} before each item
 * until no request is being served, for at most
 * {@code servicedesk.background.give-way-at-most} (default 250 ms) so that it still
 * advances on a desk that is never quiet. A page then waits for at most the one item in
 * hand instead of sharing the cores with a whole batch (docs/correspondence.md, "Pages
 * while mail is worked").
 */
@Component
public class Foreground {

	private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

	private final AtomicInteger serving = new AtomicInteger();

	/**
	 * The requests this thread is serving: work that a request does itself (an
	 * administrator's "send now") gives way to the others, not to its own request.
	 */
	private final ThreadLocal<int[]> servingHere = ThreadLocal.withInitial(() -> new int[1]);

	private final long atMostNanos;

	private final double restPerWork;

	@Autowired
	public Foreground(@Value("${servicedesk.background.give-way-at-most:PT0.05S}") Duration atMost,
			@Value("${servicedesk.background.share:0.5}") double share) {
		if (!(share > 0 && share <= 1)) {
			throw new IllegalArgumentException("servicedesk.background.share must be above 0 and at most 1: " + share);
		}
		this.atMostNanos = atMost.isNegative() ? 0 : atMost.toNanos();
		this.restPerWork = (1 - share) / share;
	}

	/** Gives way for at most {@code atMost}, and works without rests. */
	public Foreground(Duration atMost) {
		this(atMost, 1);
	}

	/** A request is being served from now on. */
	public void enter() {
		this.servingHere.get()[0]++;
		this.serving.incrementAndGet();
	}

	/** A request {@link #enter() entered} before has been served. */
	public void leave() {
		this.serving.decrementAndGet();
		int[] here = this.servingHere.get();
		if (--here[0] <= 0) {
			this.servingHere.remove();
		}
	}

	/** The requests being served now. */
	public int serving() {
		return this.serving.get();
	}

	/**
	 * Waits until no request is being served (but the one this thread may be serving
	 * itself), or as long as this node lets background work wait; returns how long it
	 * waited, in nanoseconds.
	 */
	public long giveWay() {
		int own = this.servingHere.get()[0];
		if (this.serving.get() - own <= 0 || this.atMostNanos == 0) {
			return 0;
		}
		long started = System.nanoTime();
		long deadline = started + this.atMostNanos;
		while (this.serving.get() - own > 0 && System.nanoTime() - deadline < 0) {
			LockSupport.parkNanos(POLL_NANOS);
			if (Thread.currentThread().isInterrupted()) {
				break;
			}
		}
		return System.nanoTime() - started;
	}

	/**
	 * Rests after an item of background work that took {@code workedNanos}, so long that
	 * the work takes at most its share of the time.
	 */
	public void rest(long workedNanos) {
		long rest = (long) (Math.max(0, workedNanos) * this.restPerWork);
		if (rest > 0) {
			LockSupport.parkNanos(Math.min(rest, TimeUnit.SECONDS.toNanos(1)));
		}
	}

}
