package io.servicedesk.dataset;

import java.time.Duration;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress of a run as log lines: each step's share done, the whole run's share and the
 * time left at the pace so far. Lines, not a redrawn bar, so the progress reads the same
 * in a terminal and in a log file.
 */
final class Progress {

	private static final Logger log = LoggerFactory.getLogger(Progress.class);

	private final long totalCost;

	private final long started = System.nanoTime();

	private long finishedCost;

	private String step;

	private long stepRows;

	private long stepCost;

	private long stepStarted;

	Progress(long totalCost) {
		this.totalCost = Math.max(1, totalCost);
	}

	void startStep(String name, long rows, long cost) {
		step = name;
		stepRows = Math.max(1, rows);
		stepCost = cost;
		stepStarted = System.nanoTime();
	}

	void advance(long stepDone) {
		double overall = Math.min(1.0,
				(finishedCost + stepCost * Math.min(stepDone, stepRows) / (double) stepRows) / totalCost);
		Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
		String eta = overall < 0.02 ? "?"
				: format(Duration.ofMillis((long) (elapsed.toMillis() / overall) - elapsed.toMillis()));
		log.info(String.format(Locale.ROOT, "%-10s %3d%% (%,d of %,d) | overall %3d%% | elapsed %s | ETA %s", step,
				Math.round(100.0 * Math.min(stepDone, stepRows) / stepRows), Math.min(stepDone, stepRows), stepRows,
				Math.round(100 * overall), format(elapsed), eta));
	}

	Duration finishStep() {
		finishedCost += stepCost;
		return Duration.ofNanos(System.nanoTime() - stepStarted);
	}

	Duration elapsed() {
		return Duration.ofNanos(System.nanoTime() - started);
	}

	static String format(Duration duration) {
		long seconds = Math.max(0, duration.toSeconds());
		return seconds >= 60 ? "%dm%02ds".formatted(seconds / 60, seconds % 60)
				: "%d.%01ds".formatted(seconds, duration.toMillisPart() / 100);
	}

}
