package io.servicedesk.dataset;

/**
 * How many rows of each kind a scale means. Scale 1 is the reference dataset of the
 * performance budgets; staff and teams shrink less than the rest, so a small dataset
 * still has every team staffed.
 */
record DatasetSize(int teams, int staff, int clients, int accounts, int orders, int interactions) {

	static DatasetSize of(double scale) {
		return new DatasetSize(12, Math.max(24, scaled(300, scale)), scaled(200_000, scale), scaled(300_000, scale),
				scaled(1_000_000, scale), scaled(150_000, scale));
	}

	private static int scaled(int full, double scale) {
		return (int) Math.max(1, Math.round(full * scale));
	}

}
