package io.servicedesk.catalogue;

import java.util.Map;

import io.servicedesk.shared.Priority;
import io.servicedesk.staff.SupportedLanguage;

/**
 * What an administrator enters for a category: kind and code only count when it is
 * created.
 */
public record CategoryDraft(String code, CategoryKind kind, Map<SupportedLanguage, String> names,
		Priority defaultPriority) {
}
