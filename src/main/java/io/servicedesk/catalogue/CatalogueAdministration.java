package io.servicedesk.catalogue;

import java.util.function.Consumer;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.shared.StaleVersionException;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The administration's steps on the entries of a catalogue, done alike for canned
 * responses and categories: each is saved at once and audited as
 * {@code <subject>.created}, {@code .updated} (only when something changed),
 * {@code .deactivated} or {@code .activated}; an edit based on a version someone else
 * changed meanwhile is refused.
 *
 * @param <E> the catalogue's entries
 */
final class CatalogueAdministration<E extends CatalogueEntry> {

	private final JpaRepository<E, Long> repository;

	private final AuditLog auditLog;

	private final String subject;

	CatalogueAdministration(JpaRepository<E, Long> repository, AuditLog auditLog, String subject) {
		this.repository = repository;
		this.auditLog = auditLog;
		this.subject = subject;
	}

	/** A new entry, saved. */
	E create(E entry, String actor) {
		E created = repository.saveAndFlush(entry);
		auditLog.record(
				AuditRecord.of(actor, subject + ".created", subject, created.name()).change(null, created.describe()));
		return created;
	}

	/** The {@code change} of an entry, based on the version {@code expectedVersion}. */
	E update(E entry, Long expectedVersion, Consumer<E> change, String actor) {
		if (expectedVersion != null && expectedVersion != entry.getVersion()) {
			throw new StaleVersionException(entry.name());
		}
		String before = entry.describe();
		change.accept(entry);
		String after = entry.describe();
		if (!before.equals(after)) {
			repository.flush();
			auditLog.record(AuditRecord.of(actor, subject + ".updated", subject, entry.name()).change(before, after));
		}
		return entry;
	}

	/** The entry switched on ({@code active}) or off. */
	E switchTo(E entry, boolean active, String actor) {
		if (active) {
			entry.activate();
		}
		else {
			entry.deactivate();
		}
		repository.flush();
		auditLog.record(AuditRecord.of(actor, subject + (active ? ".activated" : ".deactivated"), subject, entry.name())
			.change(active ? "inactive" : "active", active ? "active" : "inactive"));
		return entry;
	}

}
