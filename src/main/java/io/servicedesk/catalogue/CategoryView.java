package io.servicedesk.catalogue;

import java.util.Map;

import io.servicedesk.shared.Priority;
import io.servicedesk.staff.SupportedLanguage;

/**
 * A category as other modules and the pages see it.
 *
 * @param defaultPriority the priority a new inquiry of this category starts with, or
 * {@code null}
 */
public record CategoryView(long id, String code, CategoryKind kind, Map<SupportedLanguage, String> names,
		Priority defaultPriority, boolean active, long version) {

	static CategoryView of(Category category) {
		return new CategoryView(category.getId(), category.getCode(), category.getKind(), Map.copyOf(category.names()),
				category.getDefaultPriority(), category.isActive(), category.getVersion());
	}

	/** The name in the given language. */
	public String name(SupportedLanguage language) {
		return names.getOrDefault(language, names.get(SupportedLanguage.EN));
	}

}
