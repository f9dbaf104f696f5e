package io.servicedesk.catalogue;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import io.servicedesk.shared.Priority;
import io.servicedesk.shared.BaseEntity;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.staff.SupportedLanguage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A category of inquiries or complaints, named in every interface language. Only inquiry
 * categories carry a default priority. Categories are deactivated, never deleted, so
 * closed cases keep theirs.
 */
@Entity
@Table(name = "category")
class Category extends BaseEntity implements CatalogueEntry {

	@Column(nullable = false, unique = true, length = 64)
	private String code;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CategoryKind kind;

	@Column(name = "name_en", nullable = false, length = 200)
	private String nameEn;

	@Column(name = "name_pl", nullable = false, length = 200)
	private String namePl;

	@Column(name = "name_de", nullable = false, length = 200)
	private String nameDe;

	@Column(name = "name_et", nullable = false, length = 200)
	private String nameEt;

	@Column(name = "name_lv", nullable = false, length = 200)
	private String nameLv;

	@Enumerated(EnumType.STRING)
	@Column(name = "default_priority", length = 10)
	private Priority defaultPriority;

	@Column(nullable = false)
	private boolean active = true;

	protected Category() {
	}

	Category(String code, CategoryKind kind, Map<SupportedLanguage, String> names, Priority defaultPriority) {
		this.code = Objects.requireNonNull(code, "code").strip();
		this.kind = Objects.requireNonNull(kind, "kind");
		describe(names, defaultPriority);
	}

	/** New names and default priority; every language needs a name. */
	void describe(Map<SupportedLanguage, String> names, Priority priority) {
		for (SupportedLanguage language : SupportedLanguage.values()) {
			String name = names.get(language);
			if (name == null || name.isBlank()) {
				throw new RuleViolationException("category.name.missing", language.nativeName());
			}
		}
		if (kind == CategoryKind.COMPLAINT && priority != null) {
			throw new RuleViolationException("category.priority.inquiries-only");
		}
		this.nameEn = names.get(SupportedLanguage.EN).strip();
		this.namePl = names.get(SupportedLanguage.PL).strip();
		this.nameDe = names.get(SupportedLanguage.DE).strip();
		this.nameEt = names.get(SupportedLanguage.ET).strip();
		this.nameLv = names.get(SupportedLanguage.LV).strip();
		this.defaultPriority = priority;
	}

	@Override
	public void deactivate() {
		if (!active) {
			throw new IllegalTransitionException("category.already-inactive", code);
		}
		this.active = false;
	}

	@Override
	public void activate() {
		if (active) {
			throw new IllegalTransitionException("category.already-active", code);
		}
		this.active = true;
	}

	@Override
	public String name() {
		return code;
	}

	String getCode() {
		return code;
	}

	CategoryKind getKind() {
		return kind;
	}

	Priority getDefaultPriority() {
		return defaultPriority;
	}

	boolean isActive() {
		return active;
	}

	Map<SupportedLanguage, String> names() {
		Map<SupportedLanguage, String> names = new EnumMap<>(SupportedLanguage.class);
		names.put(SupportedLanguage.EN, nameEn);
		names.put(SupportedLanguage.PL, namePl);
		names.put(SupportedLanguage.DE, nameDe);
		names.put(SupportedLanguage.ET, nameEt);
		names.put(SupportedLanguage.LV, nameLv);
		return names;
	}

	@Override
	public String describe() {
		return "kind=" + kind + "; names=" + names().values() + "; priority=" + Objects.toString(defaultPriority, "")
				+ "; active=" + active;
	}

}
