package io.servicedesk.casework;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A queue's form (the query string of {@code /inquiries} or {@code /complaints}) writing
 * itself back into links: the view first, then the filters, then the page, so a tab or
 * the next page keeps everything else, and into the query a saved view keeps.
 *
 * @param <V> the queue's views
 */
public interface QueueLinks<V extends Enum<V>> {

	/** The queue's address ({@code /inquiries}). */
	String path();

	/** The view shown. */
	V view();

	/** The cursor of the page shown, {@code null} on the first. */
	String after();

	/**
	 * The filters (and the order) in the order they are written, each under its
	 * parameter's name; one without a value is left out of the links.
	 */
	Map<String, Object> filters();

	/** The address of this queue in another view, from its first page. */
	default String withView(V other) {
		return link(other, null);
	}

	/** The address of the page after this one. */
	default String withAfter(String cursor) {
		return link(view(), cursor);
	}

	/**
	 * The address of this very page of the queue, to come back to after a bulk action.
	 */
	default String self() {
		return link(view(), after());
	}

	/** The view and filters as a query string, from the first page. */
	default String query() {
		return QueueQueries.encode(parameters(view(), null));
	}

	/** The view as its parameter is written. */
	default String viewParameter() {
		return parameter(view());
	}

	/**
	 * A view as its parameter is written: its name in lower case, with hyphens
	 * ({@code needs-review}).
	 */
	static String parameter(Enum<?> view) {
		return view.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * Names and values, alternately, as the filters of {@link #filters()} in their order.
	 */
	static Map<String, Object> named(Object... namesAndValues) {
		Map<String, Object> named = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			named.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return named;
	}

	private String link(V targetView, String cursor) {
		return path() + "?" + QueueQueries.encode(parameters(targetView, cursor));
	}

	private Map<String, Object> parameters(V targetView, String cursor) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("view", parameter(targetView));
		parameters.putAll(filters());
		parameters.put("after", cursor);
		return parameters;
	}

}
