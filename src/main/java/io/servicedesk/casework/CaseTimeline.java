package io.servicedesk.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import java.util.stream.Collectors;

import io.servicedesk.attachment.AttachmentView;
import io.servicedesk.attachment.Attachments;
import io.servicedesk.correspondence.Correspondence;
import io.servicedesk.correspondence.Delivery;

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

	private final Correspondence correspondence;

	private final Attachments attachments;

	CaseTimeline(CaseEntryRepository entries, JdbcClient jdbc, ApplicationEventPublisher events,
			Correspondence correspondence, Attachments attachments) {
		this.entries = entries;
		this.jdbc = jdbc;
		this.events = events;
		this.correspondence = correspondence;
		this.attachments = attachments;
	}

	/**
	 * Records how a new case arrived: the client's words on the channel they used. The
	 * case's search starts with its subject and these words, stemmed in the client's
	 * language ({@code en}, {@code de}, {@code et}; other languages unstemmed).
	 */
	@Transactional
	public CaseEntryView opened(CaseFile caseFile, String clientLanguage, String body, String actor, Instant at) {
		return opened(caseFile, clientLanguage, body, null, actor, at, null);
	}

	/**
	 * {@link #opened} for a case a client's mail opened ({@code incomingMailId} keeps the
	 * original); {@code detail} says what it follows up, if anything.
	 */
	@Transactional
	public CaseEntryView opened(CaseFile caseFile, String clientLanguage, String body, String detail, String actor,
			Instant at, Long incomingMailId) {
		jdbc.sql("update case_file set search_config = case_search_config(:language), "
				+ "search_vector = case_search_vector(case_search_config(:language), subject) where id = :id")
			.param("language", clientLanguage)
			.param("id", caseFile.getId())
			.update();
		return record(caseFile, CaseEntryKind.OPENED, caseFile.getChannel().name(), body, detail, actor, at, null,
				incomingMailId);
	}

	/**
	 * Appends a line; a message with a body is also made findable by the full-text
	 * search.
	 */
	@Transactional
	public CaseEntryView record(CaseFile caseFile, CaseEntryKind kind, String channel, String body, String detail,
			String actor, Instant at) {
		return record(caseFile, kind, channel, body, detail, actor, at, null, null);
	}

	/**
	 * {@link #record} for a message that travelled by e-mail: the outgoing message a
	 * reply became, or the incoming mail the client's words came in.
	 */
	@Transactional
	public CaseEntryView record(CaseFile caseFile, CaseEntryKind kind, String channel, String body, String detail,
			String actor, Instant at, Long outgoingMessageId, Long incomingMailId) {
		CaseEntry entry = entries.save(new CaseEntry(caseFile.getId(), kind, channel, body, detail, actor, at)
			.byMail(outgoingMessageId, incomingMailId));
		if (kind.isMessage() && body != null && !body.isBlank()) {
			jdbc.sql("update case_file set search_vector = search_vector || case_search_vector(search_config, :body) "
					+ "where id = :id")
				.param("body", body)
				.param("id", caseFile.getId())
				.update();
		}
		if (kind.isMessage() && kind != CaseEntryKind.NOTE) {
			events.publishEvent(new CaseCorrespondenceRecorded(caseFile.getClientId(), caseFile.caseKind(),
					caseFile.getReference(), caseFile.getSubject(), kind, channel, body, actor, at, outgoingMessageId));
		}
		return entry.view(outgoingMessageId == null ? null
				: correspondence.deliveries(List.of(outgoingMessageId)).get(outgoingMessageId), List.of());
	}

	/**
	 * A case was merged into another of the same client: its messages (the client's
	 * words, the replies, the notes and calls, with their files) move to the survivor,
	 * where they stand among the survivor's own in the order they happened (the
	 * timeline's order is that of the lines' writing); the words the client opened the
	 * merged case with are a message from the client there. Its mail thread goes with
	 * them, so that the client's answer to any of its mails lands on the survivor, and
	 * the survivor's search finds their words. The merged case keeps the lines of its own
	 * steps (status, assignment, SLA). Answers how many lines moved.
	 */
	@Transactional
	public int moveMessages(CaseFile from, CaseFile to) {
		int moved = jdbc.sql("""
				update case_entry
				set case_id = :to, kind = case when kind = 'OPENED' then 'MESSAGE_IN' else kind end
				where case_id = :from
				  and kind in ('OPENED', 'MESSAGE_IN', 'MESSAGE_OUT', 'NOTE', 'CALL')
				  and (kind <> 'NOTE' or detail is null or detail not similar to '[a-z-]+:(INQ|CMP)-[0-9]+')""")
			.param("from", from.getId())
			.param("to", to.getId())
			.update();
		jdbc.sql("""
				update case_file
				set search_vector = search_vector || (select f.search_vector from case_file f where f.id = :from)
				where id = :to""").param("from", from.getId()).param("to", to.getId()).update();
		attachments.moveCase(from.getReference(), to.getReference());
		correspondence.moveThread(from.getReference(), to.getReference());
		return moved;
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

	/**
	 * The whole timeline of a case, oldest first: read as rows (a page reads, it changes
	 * nothing, so there is nothing for the persistence context to track), with the
	 * delivery of each mail and the files of each entry in one query each.
	 */
	@Transactional(readOnly = true)
	public List<CaseEntryView> entries(long caseId) {
		List<EntryRow> found = jdbc.sql("""
				select id, kind, channel, body, detail, actor, occurred_at, outgoing_message_id, incoming_mail_id
				from case_entry where case_id = :caseId order by id
				""").param("caseId", caseId).query(EntryRow::of).list();
		if (found.isEmpty()) {
			return List.of();
		}
		Map<Long, Delivery> deliveries = correspondence
			.deliveries(found.stream().map(EntryRow::outgoingMessageId).filter(Objects::nonNull).toList());
		Map<Long, List<AttachmentView>> files = attachments.ofEntries(found.stream().map(EntryRow::id).toList())
			.stream()
			.collect(Collectors.groupingBy(AttachmentView::caseEntryId));
		return found.stream()
			.map(row -> new CaseEntryView(row.id(), row.kind(), row.channel(), row.body(), row.detail(), row.actor(),
					row.occurredAt(), row.outgoingMessageId(), row.incomingMailId(),
					row.outgoingMessageId() == null ? null : deliveries.get(row.outgoingMessageId()),
					files.getOrDefault(row.id(), List.of())))
			.toList();
	}

	/** A {@code case_entry} row as the timeline reads it. */
	private record EntryRow(long id, CaseEntryKind kind, String channel, String body, String detail, String actor,
			Instant occurredAt, Long outgoingMessageId, Long incomingMailId) {

		static EntryRow of(ResultSet rows, int number) throws SQLException {
			return new EntryRow(rows.getLong("id"), CaseEntryKind.valueOf(rows.getString("kind")),
					rows.getString("channel"), rows.getString("body"), rows.getString("detail"),
					rows.getString("actor"), rows.getObject("occurred_at", OffsetDateTime.class).toInstant(),
					rows.getObject("outgoing_message_id", Long.class), rows.getObject("incoming_mail_id", Long.class));
		}

	}

}
