package io.servicedesk.catalogue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.shared.Priority;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.staff.SupportedLanguage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The categories of inquiries and complaints: what the case pages offer, and their
 * administration. Every change is audited.
 */
@Service
public class CategoryCatalogue {

	/**
	 * The queues' filters and the case pages name the categories on every request: read
	 * as rows, not loaded as entities.
	 */
	private static final String CATEGORIES = "select id, code, kind, name_en, name_pl, name_de, name_et, name_lv, "
			+ "default_priority, active, version from category";

	private final CategoryRepository categories;

	private final CatalogueAdministration<Category> administration;

	private final JdbcClient jdbc;

	CategoryCatalogue(CategoryRepository categories, AuditLog auditLog, JdbcClient jdbc) {
		this.categories = categories;
		this.administration = new CatalogueAdministration<>(categories, auditLog, "category");
		this.jdbc = jdbc;
	}

	private static CategoryView categoryRow(ResultSet row, int number) throws SQLException {
		Map<SupportedLanguage, String> names = new EnumMap<>(SupportedLanguage.class);
		names.put(SupportedLanguage.EN, row.getString("name_en"));
		names.put(SupportedLanguage.PL, row.getString("name_pl"));
		names.put(SupportedLanguage.DE, row.getString("name_de"));
		names.put(SupportedLanguage.ET, row.getString("name_et"));
		names.put(SupportedLanguage.LV, row.getString("name_lv"));
		String priority = row.getString("default_priority");
		return new CategoryView(row.getLong("id"), row.getString("code"), CategoryKind.valueOf(row.getString("kind")),
				Map.copyOf(names), priority == null ? null : Priority.valueOf(priority), row.getBoolean("active"),
				row.getLong("version"));
	}

	/** The active categories of a kind, sorted by their name in the given language. */
	public List<CategoryView> active(CategoryKind kind, SupportedLanguage language) {
		return jdbc.sql(CATEGORIES + " where kind = ? and active order by name_en")
			.param(kind.name())
			.query(CategoryCatalogue::categoryRow)
			.list()
			.stream()
			.sorted(Comparator.comparing(category -> category.name(language), String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<CategoryView> findByCode(String code) {
		return code == null ? Optional.empty() : categories.findByCode(code.strip()).map(CategoryView::of);
	}

	/** Every category of a kind, active ones first, for the administration. */
	public List<CategoryView> all(CategoryKind kind) {
		return jdbc.sql(CATEGORIES + " where kind = ? order by active desc, name_en")
			.param(kind.name())
			.query(CategoryCatalogue::categoryRow)
			.list();
	}

	@Transactional(readOnly = true)
	public CategoryView get(long id) {
		return CategoryView.of(require(id));
	}

	@Transactional
	public CategoryView create(CategoryDraft draft, String actor) {
		String code = draft.code() == null ? "" : draft.code().strip();
		if (categories.existsByCode(code)) {
			throw new RuleViolationException("category.code-taken", code);
		}
		return CategoryView
			.of(administration.create(new Category(code, draft.kind(), draft.names(), draft.defaultPriority()), actor));
	}

	@Transactional
	public CategoryView update(long id, CategoryDraft draft, Long expectedVersion, String actor) {
		return CategoryView.of(administration.update(require(id), expectedVersion,
				category -> category.describe(draft.names(), draft.defaultPriority()), actor));
	}

	/** Switches the entry on ({@code active}) or off. */
	@Transactional
	public CategoryView switchTo(long id, boolean active, String actor) {
		return CategoryView.of(administration.switchTo(require(id), active, actor));
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return categories.count() == 0;
	}

	private Category require(long id) {
		return categories.findById(id).orElseThrow(() -> new CategoryNotFoundException(String.valueOf(id)));
	}

}
