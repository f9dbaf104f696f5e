package io.servicedesk.casework;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline of a case: what the case modules record on it, read oldest first. Every
 * message also goes into the case's full-text search vector, in the client's language;
 * correspondence with the client is announced for the client's timeline.
 */
@Service
public class CaseTimeline {

	private final CaseEntryRepository entries;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	CaseTimeline(CaseEntryRepository entries, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.entries = entries;
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Records how a new case arrived: the client's words on the channel they used. The
	 * case's search starts with its subject and these words, stemmed in the client's
	 * language ({@code en}, {@code de}, {@code et}; other languages unstemmed).
	 */
	@Transactional
	public CaseEntryView opened(CaseFile caseFile, String clientLanguage, String body, String actor, Instant at) {
		jdbc.sql("update case_file set search_config = case_search_config(:language), "
				+ "search_vector = case_search_vector(case_search_config(:language), subject) where id = :id")
			.param("language", clientLanguage)
			.param("id", caseFile.getId())
			.update();
		return record(caseFile, CaseEntryKind.OPENED, caseFile.getChannel().name(), body, null, actor, at);
	}

	/**
	 * Appends a line; a message with a body is also made findable by the full-text
	 * search.
	 */
	@Transactional
	public CaseEntryView record(CaseFile caseFile, CaseEntryKind kind, String channel, String body, String detail,
			String actor, Instant at) {
		CaseEntry entry = entries.save(new CaseEntry(caseFile.getId(), kind, channel, body, detail, actor, at));
		if (kind.isMessage() && body != null && !body.isBlank()) {
			jdbc.sql("update case_file set search_vector = search_vector || case_search_vector(search_config, :body) "
					+ "where id = :id")
				.param("body", body)
				.param("id", caseFile.getId())
				.update();
		}
		if (kind.isMessage() && kind != CaseEntryKind.NOTE) {
			events.publishEvent(new CaseCorrespondenceRecorded(caseFile.getClientId(), caseFile.caseKind(),
					caseFile.getReference(), caseFile.getSubject(), kind, channel, body, actor, at));
		}
		return entry.view();
	}

	/**
	 * Appends a line to the case with this reference, for what other modules report about
	 * a case; nothing when no case has the reference.
	 */
	@Transactional
	public void recordFor(String reference, CaseEntryKind kind, String body, String detail, String actor, Instant at) {
		jdbc.sql("select id from case_file where reference = :reference")
			.param("reference", reference)
			.query(Long.class)
			.optional()
			.ifPresent(caseId -> entries.save(new CaseEntry(caseId, kind, null, body, detail, actor, at)));
	}

	/**
	 * The whole timeline of the case with this reference, oldest first; empty when there
	 * is no such case.
	 */
	@Transactional(readOnly = true)
	public List<CaseEntryView> entries(String reference) {
		return jdbc.sql("select id from case_file where reference = :reference")
			.param("reference", reference)
			.query(Long.class)
			.optional()
			.map(this::entries)
			.orElse(List.of());
	}

	/** The whole timeline of a case, oldest first. */
	@Transactional(readOnly = true)
	public List<CaseEntryView> entries(long caseId) {
		return entries.findByCaseIdOrderByIdAsc(caseId).stream().map(CaseEntry::view).toList();
	}

}
