package io.servicedesk.reporting;

import java.util.Arrays;

/**
 * Business minutes counted in fixed buckets (the same edges as the SQL function
 * {@code report_bucket}): bucket {@code i} holds the values below {@code EDGES[i]} and at
 * or above the edge before it; the last bucket everything from the last edge on. Counts
 * add up across days and dimensions, which percentiles do not.
 */
public final class Histogram {

	static final long[] EDGES = { 5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 300, 360, 480, 600, 720, 960, 1200,
			1440, 1920, 2400, 2880, 3840, 4800, 7200, 9600, 14400, 19200, 28800, 48000, 100000 };

	static final int BUCKETS = EDGES.length + 1;

	private final long[] counts = new long[BUCKETS];

	static int bucketOf(long minutes) {
		for (int i = 0; i < EDGES.length; i++) {
			if (minutes < EDGES[i]) {
				return i;
			}
		}
		return EDGES.length;
	}

	void add(int bucket, long count) {
		counts[Math.max(0, Math.min(bucket, BUCKETS - 1))] += count;
	}

	long total() {
		return Arrays.stream(counts).sum();
	}

	long[] counts() {
		return counts.clone();
	}

	/**
	 * The upper edge of the bucket holding the nearest-rank percentile (the smallest
	 * value with at least {@code share} of all values at or below it): that share of the
	 * cases took less than this many business minutes. The last, open bucket answers with
	 * its lower edge. {@code null} without values.
	 */
	Long percentile(double share) {
		long total = total();
		if (total == 0) {
			return null;
		}
		long rank = (long) Math.ceil(share * total);
		long seen = 0;
		for (int i = 0; i < BUCKETS; i++) {
			seen += counts[i];
			if (seen >= Math.max(rank, 1)) {
				return i < EDGES.length ? EDGES[i] : EDGES[EDGES.length - 1];
			}
		}
		return EDGES[EDGES.length - 1];
	}

	/** The label of a bucket: its range of business minutes. */
	static String label(int bucket) {
		long low = bucket == 0 ? 0 : EDGES[bucket - 1];
		return bucket < EDGES.length ? low + "–" + EDGES[bucket] : "≥ " + low;
	}

}
