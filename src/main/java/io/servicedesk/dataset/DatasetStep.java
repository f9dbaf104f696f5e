package io.servicedesk.dataset;

/**
 * One group of tables of the reference dataset, filled in bulk. Steps run in the order
 * the generator lists them, in one transaction, so a step may read what the earlier ones
 * wrote.
 */
interface DatasetStep {

	/** Short name for the progress lines. */
	String name();

	/** The rows this step adds (its main table), what its progress counts. */
	long rows(DatasetSize size);

	/** The rows this step writes in all tables, its share of the whole run's progress. */
	default long cost(DatasetSize size) {
		return rows(size);
	}

	void run(Load load);

}
