package io.servicedesk.casework;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;

import org.springframework.core.ResolvableType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.WebDataBinder;

/**
 * The query strings of the queues: written from a queue form's parameters, read back into
 * that form with the same editors as the queue's requests, so what a saved view keeps is
 * what the queue's own address carries and reads as the queue reads it.
 */
public final class QueueQueries {

	private QueueQueries() {
	}

	/**
	 * The query string of the parameters in their order, leaving out those without a
	 * value; each name and value percent-encoded.
	 */
	public static String encode(Map<String, ?> parameters) {
		StringJoiner query = new StringJoiner("&");
		parameters.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				query.add(encoded(name) + "=" + encoded(value.toString()));
			}
		});
		return query.toString();
	}

	/** The parameters of a query string, decoded. */
	public static MultiValueMap<String, String> decode(String query) {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		if (query == null || query.isBlank()) {
			return parameters;
		}
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = equals < 0 ? pair : pair.substring(0, equals);
			String value = equals < 0 ? "" : pair.substring(equals + 1);
			try {
				parameters.add(URLDecoder.decode(name, StandardCharsets.UTF_8),
						URLDecoder.decode(value, StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException malformed) {
				throw new SavedViewRefusedException("views.error.query");
			}
		}
		return parameters;
	}

	/**
	 * The queue's form (a record) made from the parameters by a binder with the queue's
	 * editors, as the queue's requests are; a value the form does not take is refused.
	 */
	public static <T> T bind(Class<T> form, MultiValueMap<String, String> parameters, Consumer<WebDataBinder> editors) {
		WebDataBinder binder = new WebDataBinder(null, "form");
		binder.setTargetType(ResolvableType.forClass(form));
		editors.accept(binder);
		try {
			binder.construct(new WebDataBinder.ValueResolver() {
				@Override
				public Object resolveValue(String name, Class<?> type) {
					var values = parameters.get(name);
					if (values == null || values.isEmpty()) {
						return null;
					}
					return values.size() == 1 ? values.get(0) : values.toArray(String[]::new);
				}

				@Override
				public Set<String> getNames() {
					return parameters.keySet();
				}
			});
		}
		catch (RuntimeException refused) {
			throw new SavedViewRefusedException("views.error.query");
		}
		if (binder.getBindingResult().hasErrors() || !form.isInstance(binder.getTarget())) {
			throw new SavedViewRefusedException("views.error.query");
		}
		return form.cast(binder.getTarget());
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
