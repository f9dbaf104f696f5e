package io.servicedesk.dataset;

/**
 * Deterministic pseudo-randomness as SQL expressions: a hash of the row's key on a
 * numbered stream, salted with the seed. Unlike {@code setseed()} and {@code random()},
 * the value of a row never depends on the plan, the order rows are produced in or how the
 * work is split into chunks.
 */
final class Noise {

	private static final String MASK_62_BITS = "4611686018427387903";

	private static final String MASK_52_BITS = "4503599627370495";

	private final long seed;

	Noise(long seed) {
		this.seed = seed;
	}

	/** A {@code bigint} in {@code [0, bound)} for the key on this stream. */
	String below(int stream, String key, String bound) {
		return "((" + hash(stream, key) + " & " + MASK_62_BITS + ") % (" + bound + "))";
	}

	String below(int stream, String key, long bound) {
		return below(stream, key, Long.toString(bound));
	}

	/** A {@code float8} in {@code [0, 1)} for the key on this stream. */
	String unit(int stream, String key) {
		return "((" + hash(stream, key) + " & " + MASK_52_BITS + ")::float8 / 4503599627370496.0)";
	}

	/** One element of an array expression, chosen by the key on this stream. */
	String pick(int stream, String key, String array) {
		return "(" + array + ")[(1 + " + below(stream, key, "cardinality(" + array + ")") + ")::int]";
	}

	/** A string of {@code digits} decimal digits (at most 18). */
	String digits(int stream, String key, int digits) {
		return "lpad(" + below(stream, key, (long) Math.pow(10, digits)) + "::text, " + digits + ", '0')";
	}

	private String hash(int stream, String key) {
		return "hashtextextended((" + key + ")::text, " + (seed * 7919 + stream) + ")";
	}

	static String textArray(String... values) {
		StringBuilder sql = new StringBuilder("array[");
		for (int i = 0; i < values.length; i++) {
			sql.append(i == 0 ? "" : ", ").append(literal(values[i]));
		}
		return sql.append("]::text[]").toString();
	}

	static String literal(String value) {
		return "'" + value.replace("'", "''") + "'";
	}

}
