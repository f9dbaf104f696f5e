package io.servicedesk.shared;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Background work gives way to the requests being served, for at most the configured
 * while, and not at all when none is.
 */
class ForegroundTest {

	@Test
	void withNoRequestBeingServedBackgroundWorkGoesOnAtOnce() {
		Foreground foreground = new Foreground(Duration.ofSeconds(5));

		assertThat(foreground.giveWay()).isZero();
	}

	@Test
	void backgroundWorkWaitsUntilTheLastRequestIsServed() throws Exception {
		Foreground foreground = new Foreground(Duration.ofSeconds(5));
		foreground.enter();
		foreground.enter();

		CompletableFuture<Long> waited = CompletableFuture.supplyAsync(foreground::giveWay);
		Thread.sleep(100);
		foreground.leave();
		Thread.sleep(100);
		assertThat(waited).isNotDone();
		foreground.leave();

		assertThat(waited.get(2, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(150))
			.isLessThan(TimeUnit.SECONDS.toNanos(5));
		assertThat(foreground.serving()).isZero();
	}

	@Test
	void onADeskThatIsNeverQuietBackgroundWorkWaitsNoLongerThanItMay() {
		Foreground foreground = new Foreground(Duration.ofMillis(200));
		CompletableFuture.runAsync(foreground::enter).join();

		long waited = foreground.giveWay();

		assertThat(waited).isBetween(TimeUnit.MILLISECONDS.toNanos(200), TimeUnit.MILLISECONDS.toNanos(1500));
	}

	@Test
	void backgroundWorkRestsSoThatItWorksAtMostItsShareOfTheTime() {
		Foreground half = new Foreground(Duration.ZERO, 0.5);
		long started = System.nanoTime();
		half.rest(TimeUnit.MILLISECONDS.toNanos(100));
		assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(100));

		Foreground all = new Foreground(Duration.ZERO, 1);
		started = System.nanoTime();
		all.rest(TimeUnit.SECONDS.toNanos(10));
		assertThat(System.nanoTime() - started).isLessThan(TimeUnit.MILLISECONDS.toNanos(500));
	}

	@Test
	void aShareOutsideNothingToAllIsRefused() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new Foreground(Duration.ZERO, 0));
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new Foreground(Duration.ZERO, 1.5));
	}

	@Test
	void workThatARequestDoesItselfGivesWayToTheOthersNotToItsOwnRequest() throws Exception {
		Foreground foreground = new Foreground(Duration.ofSeconds(5));
		foreground.enter();
		assertThat(foreground.giveWay()).as("alone").isLessThan(TimeUnit.MILLISECONDS.toNanos(100));

		CompletableFuture<Void> other = CompletableFuture.runAsync(foreground::enter);
		other.get(2, TimeUnit.SECONDS);
		CompletableFuture.delayedExecutor(150, TimeUnit.MILLISECONDS).execute(foreground::leave);
		assertThat(foreground.giveWay()).as("with another request")
			.isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(100));
		foreground.leave();
		assertThat(foreground.serving()).isZero();
	}

	@Test
	void giveWayOfNothingNeverWaits() {
		Foreground foreground = new Foreground(Duration.ZERO);
		CompletableFuture.runAsync(foreground::enter).join();

		assertThat(foreground.giveWay()).isZero();
	}

}
