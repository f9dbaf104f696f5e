package io.servicedesk.catalogue;

import java.util.List;
import java.util.Map;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.shared.NotFoundException;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.staff.SupportedLanguage;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Canned responses: what the reply editor offers in a language, filled in for a case, and
 * their administration. Every change is audited.
 */
@Service
public class CannedResponses {

	private final CannedResponseRepository responses;

	private final CatalogueAdministration<CannedResponse> administration;

	CannedResponses(CannedResponseRepository responses, AuditLog auditLog) {
		this.responses = responses;
		this.administration = new CatalogueAdministration<>(responses, auditLog, "canned-response");
	}

	@Transactional(readOnly = true)
	public List<CannedResponseView> active(SupportedLanguage language) {
		return responses.findByLanguageAndActiveTrueOrderByTitleAsc(language.tag())
			.stream()
			.map(CannedResponseView::of)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<CannedResponseView> all(SupportedLanguage language) {
		return responses.findByLanguageOrderByActiveDescTitleAsc(language.tag())
			.stream()
			.map(CannedResponseView::of)
			.toList();
	}

	@Transactional(readOnly = true)
	public CannedResponseView get(long id) {
		return CannedResponseView.of(require(id));
	}

	/**
	 * The body of a canned response with its placeholders filled from {@code values}
	 * (keys as in {@link Placeholders}); a placeholder without a value stays visible.
	 */
	@Transactional(readOnly = true)
	public String fill(long id, Map<String, String> values) {
		return Placeholders.fill(require(id).getBody(), values);
	}

	@Transactional
	public CannedResponseView create(String title, String body, SupportedLanguage language, String actor) {
		requireFreeTitle(title, language, null);
		return CannedResponseView.of(administration.create(new CannedResponse(title, body, language), actor));
	}

	@Transactional
	public CannedResponseView update(long id, String title, String body, SupportedLanguage language,
			Long expectedVersion, String actor) {
		return CannedResponseView.of(administration.update(require(id), expectedVersion, response -> {
			requireFreeTitle(title, language, response);
			response.rewrite(title, body, language);
		}, actor));
	}

	/** Switches the entry on ({@code active}) or off. */
	@Transactional
	public CannedResponseView switchTo(long id, boolean active, String actor) {
		return CannedResponseView.of(administration.switchTo(require(id), active, actor));
	}

	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return responses.count() == 0;
	}

	private void requireFreeTitle(String title, SupportedLanguage language, CannedResponse self) {
		responses.findByLanguageAndTitleIgnoreCase(language.tag(), title == null ? "" : title.strip())
			.filter(other -> other != self)
			.ifPresent(other -> {
				throw new RuleViolationException("canned.title-taken", other.getTitle());
			});
	}

	private CannedResponse require(long id) {
		return responses.findById(id).orElseThrow(() -> new CannedResponseNotFoundException(id));
	}

	static class CannedResponseNotFoundException extends NotFoundException {

		CannedResponseNotFoundException(long id) {
			super("canned response", String.valueOf(id));
		}

	}

}
