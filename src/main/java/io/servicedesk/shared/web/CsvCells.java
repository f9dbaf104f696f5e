package io.servicedesk.shared.web;

import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * Cells of the CSV downloads, made safe to open in a spreadsheet: text that starts like a
 * formula ({@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) gets a
 * leading apostrophe, so what a client or a colleague typed is shown, never run. Numbers
 * stay as they are.
 */
public final class CsvCells {

	private static final Pattern NUMBER = Pattern.compile("^[+-]?\\d+([.,]\\d+)?$");

	private CsvCells() {
	}

	public static Object cell(Object value) {
		if (!(value instanceof CharSequence text) || text.isEmpty()) {
			return value;
		}
		char first = text.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formula && !NUMBER.matcher(text).matches() ? "'" + text : value;
	}

	public static Object[] row(Object... values) {
		Object[] cells = new Object[values.length];
		for (int i = 0; i < values.length; i++) {
			cells[i] = cell(values[i]);
		}
		return cells;
	}

	public static Object[] row(Iterable<?> values) {
		return StreamSupport.stream(values.spliterator(), false).map(CsvCells::cell).toArray();
	}

}
