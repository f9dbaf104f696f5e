package io.servicedesk.casework;

import java.beans.PropertyEditorSupport;
import java.util.Locale;

import org.springframework.web.bind.WebDataBinder;

/**
 * Queue views and orders in addresses are written in lower case
 * ({@code ?view=team&sort=created}); an unknown value is a bad request, never a server
 * error.
 */
public final class QueueParameters {

	private QueueParameters() {
	}

	public static void register(WebDataBinder binder) {
		binder.registerCustomEditor(QueueView.class, new CaseInsensitive<>(QueueView.class));
		binder.registerCustomEditor(QueueSort.class, new CaseInsensitive<>(QueueSort.class));
	}

	private static final class CaseInsensitive<E extends Enum<E>> extends PropertyEditorSupport {

		private final Class<E> type;

		CaseInsensitive(Class<E> type) {
			this.type = type;
		}

		@Override
		public void setAsText(String text) {
			setValue(text == null || text.isBlank() ? null
					: Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return value == null ? "" : ((Enum<?>) value).name().toLowerCase(Locale.ROOT);
		}

	}

}
