package io.servicedesk.catalogue;

import java.util.Objects;
import java.util.Set;

import io.servicedesk.shared.BaseEntity;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.staff.SupportedLanguage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A text agents insert into replies, in one language, with placeholders the desk fills
 * in.
 */
@Entity
@Table(name = "canned_response")
class CannedResponse extends BaseEntity implements CatalogueEntry {

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 10000)
	private String body;

	@Column(nullable = false, length = 8)
	private String language;

	@Column(nullable = false)
	private boolean active = true;

	protected CannedResponse() {
	}

	CannedResponse(String title, String body, SupportedLanguage language) {
		rewrite(title, body, language);
	}

	void rewrite(String title, String body, SupportedLanguage language) {
		Set<String> unknown = Placeholders.unknownIn(body);
		if (!unknown.isEmpty()) {
			throw new RuleViolationException("canned.placeholder.unknown", String.join(", ", unknown));
		}
		this.title = Objects.requireNonNull(title, "title").strip();
		this.body = Objects.requireNonNull(body, "body").strip();
		this.language = Objects.requireNonNull(language, "language").tag();
	}

	@Override
	public void deactivate() {
		if (!active) {
			throw new IllegalTransitionException("canned.already-inactive", title);
		}
		this.active = false;
	}

	@Override
	public void activate() {
		if (active) {
			throw new IllegalTransitionException("canned.already-active", title);
		}
		this.active = true;
	}

	@Override
	public String name() {
		return title;
	}

	String getTitle() {
		return title;
	}

	String getBody() {
		return body;
	}

	SupportedLanguage getLanguage() {
		return SupportedLanguage.fromTag(language).orElse(SupportedLanguage.fallback());
	}

	boolean isActive() {
		return active;
	}

	@Override
	public String describe() {
		return "title=" + title + "; language=" + language + "; active=" + active + "; body=" + body;
	}

}
