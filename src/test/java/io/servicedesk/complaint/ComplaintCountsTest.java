package io.servicedesk.complaint;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintCountsTest {

	@Test
	void closedComplaintsBeyondTheLimitAreShownAsTheLimitAndMore() {
		ComplaintCounts counts = new ComplaintCounts(3, 2, 1, 1500, 4, ComplaintCounts.CLOSED_LIMIT + 1, 2000);

		assertThat(counts.shown(ComplaintView.CLOSED)).isEqualTo("1000+");
		assertThat(counts.shown(ComplaintView.OPEN)).isEqualTo("1500");
		assertThat(counts.shown(ComplaintView.NEEDS_REVIEW)).isEqualTo("3");
		assertThat(counts.shown(ComplaintView.RESOLVED)).isEqualTo("4");
		assertThat(counts.shown(ComplaintView.ALL)).isEqualTo("1000+");
	}

	@Test
	void closedComplaintsUpToTheLimitAreShownExactly() {
		ComplaintCounts counts = new ComplaintCounts(0, 0, 0, 0, 0, ComplaintCounts.CLOSED_LIMIT, 5);

		assertThat(counts.shown(ComplaintView.CLOSED)).isEqualTo("1000");
	}

}
