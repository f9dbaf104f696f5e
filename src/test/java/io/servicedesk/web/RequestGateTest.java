package io.servicedesk.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RequestGateTest {

	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void stopThreads() {
		threads.shutdownNow();
	}

	@Test
	void manyRequestsAtOnceAreAllServedNeverMoreThanThePlacesAtATime() throws Exception {
		RequestGate gate = new RequestGate(3, Duration.ofSeconds(30));
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger mostInside = new AtomicInteger();
		List<Future<RequestGate.Refusal>> requests = new java.util.ArrayList<>();
		for (int i = 0; i < 40; i++) {
			requests.add(threads.submit(() -> {
				RequestGate.Admission admission = gate.enter();
				if (!admission.admitted()) {
					return admission.refusal();
				}
				try {
					mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
					Thread.sleep(5);
					inside.decrementAndGet();
					return null;
				}
				finally {
					admission.leave();
				}
			}));
		}

		for (Future<RequestGate.Refusal> request : requests) {
			assertThat(request.get(30, TimeUnit.SECONDS)).isNull();
		}
		assertThat(mostInside.get()).isEqualTo(3);
		assertThat(gate.inside()).isZero();
		assertThat(gate.waiting()).isZero();
	}

	@Test
	void waitingRequestsAreAdmittedInTheOrderTheyCame() throws Exception {
		RequestGate gate = new RequestGate(1, Duration.ofSeconds(30));
		RequestGate.Admission first = gate.enter();
		List<String> admitted = new CopyOnWriteArrayList<>();
		CountDownLatch done = new CountDownLatch(3);
		for (String name : List.of("second", "third", "fourth")) {
			int before = gate.waiting();
			threads.submit(() -> {
				RequestGate.Admission admission = gate.enter();
				admitted.add(admission.admitted() ? name : name + " refused");
				admission.leave();
				done.countDown();
			});
			awaitTrue(() -> gate.waiting() == before + 1);
		}

		assertThat(admitted).isEmpty();
		first.leave();

		assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
		assertThat(admitted).containsExactly("second", "third", "fourth");
		assertThat(gate.inside()).isZero();
	}

	@Test
	void aRequestThatWaitedAsLongAsItMayIsRefusedAndLeavesNoPlaceTaken() {
		RequestGate gate = new RequestGate(1, Duration.ofMillis(200));
		RequestGate.Admission first = gate.enter();

		long started = System.nanoTime();
		RequestGate.Admission late = gate.enter();
		Duration waited = Duration.ofNanos(System.nanoTime() - started);

		assertThat(late.admitted()).isFalse();
		assertThat(late.refusal()).isEqualTo(RequestGate.Refusal.TIMED_OUT);
		assertThat(waited).isBetween(Duration.ofMillis(150), Duration.ofSeconds(5));
		late.leave();
		assertThat(gate.inside()).isEqualTo(1);
		assertThat(gate.waiting()).isZero();
		first.leave();
		assertThat(gate.inside()).isZero();
		RequestGate.Admission next = gate.enter();
		assertThat(next.admitted()).isTrue();
		next.leave();
		next.leave();
		assertThat(gate.inside()).isZero();
	}

	@Test
	void whenTheDatabaseIsOutOfReachTheWaitingAreRefusedAtOnceAndNobodyWaitsUntilItIsBack() throws Exception {
		RequestGate gate = new RequestGate(1, Duration.ofSeconds(30));
		RequestGate.Admission inside = gate.enter();
		Future<RequestGate.Refusal> waiting = threads.submit(() -> gate.enter().refusal());
		awaitTrue(() -> gate.waiting() == 1);

		long started = System.nanoTime();
		gate.databaseUnavailable();

		assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo(RequestGate.Refusal.DATABASE_UNAVAILABLE);
		RequestGate.Admission arriving = gate.enter();
		assertThat(arriving.refusal()).isEqualTo(RequestGate.Refusal.DATABASE_UNAVAILABLE);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));

		inside.leave();
		RequestGate.Admission probe = gate.enter();
		assertThat(probe.admitted()).as("a free place still lets a request try the database").isTrue();
		gate.databaseAvailable();
		Future<Boolean> queued = threads.submit(() -> {
			RequestGate.Admission admission = gate.enter();
			admission.leave();
			return admission.admitted();
		});
		awaitTrue(() -> gate.waiting() == 1);
		probe.leave();
		assertThat(queued.get(5, TimeUnit.SECONDS)).isTrue();
	}

	@Test
	void theGateHasAtLeastOnePlace() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RequestGate(0, Duration.ofSeconds(1)));
		assertThat(new RequestGateProperties(null, null).places(20)).isEqualTo(10);
		assertThat(new RequestGateProperties(null, null).places(1)).isEqualTo(1);
		assertThat(new RequestGateProperties(4, null).places(20)).isEqualTo(4);
		assertThat(new RequestGateProperties(null, null).queueTimeout()).isEqualTo(Duration.ofSeconds(30));
	}

	private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 10 s in vain").isLessThan(deadline);
			Thread.sleep(5);
		}
	}

}
