package io.servicedesk.web;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Admits at most a given number of requests at once to the application and lets the
 * others wait their turn, first come first served, for a limited time. Requests beyond
 * what the connection pool can serve then queue here instead of each waiting for a
 * connection longer than the pool's (short) connection timeout and failing.
 *
 * <p>
 * While the database is out of reach, waiting is pointless:
 * {@link #databaseUnavailable()} refuses every waiting request at once, and until a
 * request succeeds again ({@link #databaseAvailable()}) a request is admitted only if a
 * place is free at once, so an outage is still answered 503 within the pool's connection
 * timeout however many requests arrive together.
 */
final class RequestGate {

	/** Why a request was not admitted. */
	enum Refusal {

		/** It waited as long as it may. */
		TIMED_OUT,

		/** The database is out of reach; waiting would not help. */
		DATABASE_UNAVAILABLE

	}

	/**
	 * A request that may go ahead ({@link #admitted()}) and must then {@link #leave()},
	 * or one that was refused and why.
	 */
	final class Admission {

		private final Refusal refusal;

		private boolean left;

		private Admission(Refusal refusal) {
			this.refusal = refusal;
		}

		boolean admitted() {
			return refusal == null;
		}

		Refusal refusal() {
			return refusal;
		}

		/**
		 * Gives the place to the next waiting request; does nothing for a refused one.
		 */
		void leave() {
			if (refusal == null && !left) {
				left = true;
				release();
			}
		}

	}

	private static final class Waiter {

		private final Condition turn;

		private boolean admitted;

		private boolean refused;

		private Waiter(Condition turn) {
			this.turn = turn;
		}

	}

	private final int places;

	private final long maximumWaitNanos;

	private final ReentrantLock lock = new ReentrantLock();

	private final Deque<Waiter> waiting = new ArrayDeque<>();

	private int inside;

	private volatile boolean databaseUnavailable;

	RequestGate(int places, Duration maximumWait) {
		if (places < 1) {
			throw new IllegalArgumentException("At least one request must be admitted at once, not " + places);
		}
		if (maximumWait.isNegative()) {
			throw new IllegalArgumentException("The longest wait must not be negative: " + maximumWait);
		}
		this.places = places;
		this.maximumWaitNanos = maximumWait.toNanos();
	}

	int places() {
		return places;
	}

	Duration maximumWait() {
		return Duration.ofNanos(maximumWaitNanos);
	}

	/**
	 * Admits the request at once if a place is free and nobody waits before it, else lets
	 * it wait for its turn; an interrupted wait counts as timed out.
	 */
	Admission enter() {
		lock.lock();
		try {
			if (inside < places && waiting.isEmpty()) {
				inside++;
				return new Admission(null);
			}
			if (databaseUnavailable) {
				return new Admission(Refusal.DATABASE_UNAVAILABLE);
			}
			Waiter waiter = new Waiter(lock.newCondition());
			waiting.addLast(waiter);
			long remaining = maximumWaitNanos;
			try {
				while (!waiter.admitted && !waiter.refused && remaining > 0) {
					remaining = waiter.turn.awaitNanos(remaining);
				}
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
			if (waiter.admitted) {
				return new Admission(null);
			}
			waiting.remove(waiter);
			return new Admission(waiter.refused ? Refusal.DATABASE_UNAVAILABLE : Refusal.TIMED_OUT);
		}
		finally {
			lock.unlock();
		}
	}

	private void release() {
		lock.lock();
		try {
			Waiter next = waiting.pollFirst();
			if (next == null) {
				inside--;
				return;
			}
			// the place passes straight to the first in line, so nobody arriving now can
			// take it first
			next.admitted = true;
			next.turn.signal();
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * A request failed because the database is out of reach: the waiting ones are refused
	 * now, and new ones do not wait until {@link #databaseAvailable()}.
	 */
	void databaseUnavailable() {
		lock.lock();
		try {
			databaseUnavailable = true;
			for (Waiter waiter : waiting) {
				waiter.refused = true;
				waiter.turn.signal();
			}
			waiting.clear();
		}
		finally {
			lock.unlock();
		}
	}

	/** A request was served: requests wait their turn again when all places are taken. */
	void databaseAvailable() {
		if (!databaseUnavailable) {
			return;
		}
		lock.lock();
		try {
			databaseUnavailable = false;
		}
		finally {
			lock.unlock();
		}
	}

	/** The requests inside now. */
	int inside() {
		lock.lock();
		try {
			return inside;
		}
		finally {
			lock.unlock();
		}
	}

	/** The requests waiting now. */
	int waiting() {
		lock.lock();
		try {
			return waiting.size();
		}
		finally {
			lock.unlock();
		}
	}

}
