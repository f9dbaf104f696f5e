package io.servicedesk.reporting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HistogramTest {

	@Test
	void aValueOnAnEdgeBelongsToTheBucketAboveIt() {
		assertThat(Histogram.bucketOf(0)).isZero();
		assertThat(Histogram.bucketOf(4)).isZero();
		assertThat(Histogram.bucketOf(5)).isEqualTo(1);
		assertThat(Histogram.bucketOf(99_999)).isEqualTo(Histogram.EDGES.length - 1);
		assertThat(Histogram.bucketOf(100_000)).isEqualTo(Histogram.EDGES.length);
	}

	@Test
	void percentilesAreNearestRankReportedAsTheUpperEdgeOfTheirBucket() {
		Histogram histogram = new Histogram();
		for (long minutes : new long[] { 30, 90, 120, 120, 300 }) {
			histogram.add(Histogram.bucketOf(minutes), 1);
		}

		assertThat(histogram.percentile(0.5)).isEqualTo(180);
		assertThat(histogram.percentile(0.9)).isEqualTo(360);
		assertThat(histogram.percentile(0.2)).isEqualTo(45);
	}

	@Test
	void withoutValuesThereIsNoPercentileAndTheOpenBucketAnswersItsLowerEdge() {
		assertThat(new Histogram().percentile(0.5)).isNull();
		Histogram slow = new Histogram();
		slow.add(Histogram.bucketOf(250_000), 3);
		assertThat(slow.percentile(0.9)).isEqualTo(100_000);
		assertThat(Histogram.label(0)).isEqualTo("0–5");
		assertThat(Histogram.label(Histogram.EDGES.length)).isEqualTo("≥ 100000");
	}

}
