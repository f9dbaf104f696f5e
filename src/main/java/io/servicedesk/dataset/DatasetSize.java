package io.servicedesk.dataset;

/**
 * How many rows of each kind a scale means. Scale 1 is the reference dataset of the
 * performance budgets; staff and teams shrink less than the rest, so a small dataset
 * still has every team staffed. Three in ten complaints were escalated from an inquiry.
 */
record DatasetSize(int teams, int staff, int clients, int accounts, int orders, int interactions, int inquiries,
		int complaints) {

	static DatasetSize of(double scale) {
		return new DatasetSize(12, Math.max(24, scaled(300, scale)), scaled(200_000, scale), scaled(300_000, scale),
				scaled(1_000_000, scale), scaled(150_000, scale), scaled(1_000_000, scale), scaled(200_000, scale));
	}

	/** The complaints escalated from inquiries: numbers 1 to this. */
	int escalatedComplaints() {
		return Math.min(complaints * 3 / 10, inquiries);
	}

	/**
	 * Every this many inquiries one was escalated: inquiry {@code n * stride} became
	 * complaint {@code n}.
	 */
	int escalationStride() {
		return Math.max(1, escalatedComplaints() == 0 ? 1 : inquiries / escalatedComplaints());
	}

	private static int scaled(int full, double scale) {
		return (int) Math.max(1, Math.round(full * scale));
	}

}
