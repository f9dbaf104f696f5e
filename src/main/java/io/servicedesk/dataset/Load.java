package io.servicedesk.dataset;

import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a step works with: the connection of the run's transaction, the sizes, the
 * pseudo-randomness, the day the data leads up to and the progress report.
 */
final class Load {

	private static final int CHUNKS = 20;

	private final JdbcTemplate jdbc;

	private final DatasetSize size;

	private final DatasetOptions options;

	private final Noise noise;

	private final Progress progress;

	Load(JdbcTemplate jdbc, DatasetSize size, DatasetOptions options, Progress progress) {
		this.jdbc = jdbc;
		this.size = size;
		this.options = options;
		this.noise = new Noise(options.seed());
		this.progress = progress;
	}

	JdbcTemplate jdbc() {
		return jdbc;
	}

	DatasetSize size() {
		return size;
	}

	DatasetOptions options() {
		return options;
	}

	Noise noise() {
		return noise;
	}

	/**
	 * The end of the data's time span (midnight UTC of the as-of day) as a SQL literal.
	 */
	String asOf() {
		return "timestamptz '" + options.asOf().atStartOfDay().atOffset(ZoneOffset.UTC) + "'";
	}

	void execute(String sql) {
		jdbc.execute(sql);
	}

	/**
	 * Replaces a temporary table with the result of the query (and statistics, so joins
	 * on it plan well).
	 */
	void stage(String table, String query) {
		jdbc.execute("drop table if exists " + table);
		jdbc.execute("create temporary table " + table + " on commit drop as " + query);
		jdbc.execute("analyze " + table);
	}

	/**
	 * Runs the work over the row numbers 1..rows in about twenty ranges, reporting
	 * progress after each.
	 */
	void inChunks(long rows, ChunkWork work) {
		long chunk = Math.max(1, (rows + CHUNKS - 1) / CHUNKS);
		for (long from = 1; from <= rows; from += chunk) {
			long to = Math.min(rows, from + chunk - 1);
			work.run(from, to);
			progress.advance(to);
		}
	}

	@FunctionalInterface
	interface ChunkWork {

		void run(long from, long to);

	}

}
