package io.servicedesk.timeline;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.casework.CaseVisibility;
import io.servicedesk.client.ClientRef;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.client.InvalidCursorException;
import io.servicedesk.correspondence.Correspondence;
import io.servicedesk.correspondence.Delivery;
import io.servicedesk.shared.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The timeline module's public API: a client's interactions, newest first, and calls and
 * visits logged by agents.
 */
@Service
public class TimelineService {

	public static final int MAX_PAGE_SIZE = 100;

	private final TimelineRepository entries;

	private final ClientService clients;

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final Clock clock;

	private final Correspondence correspondence;

	private final CaseVisibility visibility;

	TimelineService(TimelineRepository entries, ClientService clients, JdbcClient jdbc, AuditLog auditLog, Clock clock,
			Correspondence correspondence, CaseVisibility visibility) {
		this.entries = entries;
		this.clients = clients;
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
		this.correspondence = correspondence;
		this.visibility = visibility;
	}

	@Transactional
	public TimelineItem logInteraction(String clientNumber, LoggedInteraction interaction, String actor) {
		ClientRef client = clients.require(clientNumber);
		if (interaction.channel() == null || interaction.direction() == null || interaction.summary() == null
				|| interaction.summary().isBlank()) {
			throw new RuleViolationException("timeline.interaction.incomplete");
		}
		if (interaction.durationMinutes() != null
				&& (interaction.durationMinutes() < 0 || interaction.durationMinutes() > 24 * 60)) {
			throw new RuleViolationException("timeline.interaction.duration");
		}
		TimelineKind kind = interaction.channel() == ContactChannel.IN_PERSON ? TimelineKind.VISIT : TimelineKind.CALL;
		TimelineEntry entry = entries
			.save(new TimelineEntry(client.id(), clock.instant(), kind, null, null, interaction.channel(),
					interaction.direction(), interaction.summary().trim(), interaction.durationMinutes(), actor));
		auditLog.record(AuditRecord.of(actor, "timeline.interaction-logged", "client", client.number())
			.change(null, kind + " " + interaction.channel() + " " + interaction.direction()));
		return entry.item();
	}

	/**
	 * One page of the client's timeline as the staff member may see it: entries of
	 * another team's cases without their texts (see {@link CaseVisibility}).
	 */
	@Transactional(readOnly = true)
	public TimelinePage pageFor(String username, long clientId, int limit, String after) {
		TimelinePage page = page(clientId, limit, after);
		Map<String, String> restricted = visibility.restrictedFor(username,
				page.items().stream().map(TimelineItem::subjectRef).toList());
		if (restricted.isEmpty()) {
			return page;
		}
		return new TimelinePage(page.items()
			.stream()
			.map(item -> restricted.containsKey(item.subjectRef())
					? item.restrictedTo(restricted.get(item.subjectRef())) : item)
			.toList(), page.next());
	}

	/** One page of the client's timeline, newest first, in one query. */
	@Transactional(readOnly = true)
	public TimelinePage page(long clientId, int limit, String after) {
		int size = Math.max(1, Math.min(limit, MAX_PAGE_SIZE));
		Cursor cursor = Cursor.decode(after);
		String keyset = cursor == null ? "" : " and (occurred_at, id) < (:afterAt, :afterId)";
		var statement = jdbc
			.sql("""
					select id, occurred_at, kind, subject_ref, detail, channel, direction, summary, duration_minutes, actor,
					  outgoing_message_id
					from timeline_entry where client_id = :client"""
					+ keyset + " order by occurred_at desc, id desc limit :limit")
			.param("client", clientId)
			.param("limit", size + 1);
		if (cursor != null) {
			statement = statement.param("afterAt", Timestamp.from(cursor.at())).param("afterId", cursor.id());
		}
		List<TimelineItem> rows = statement
			.query((rs, n) -> new TimelineItem(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					TimelineKind.valueOf(rs.getString("kind")), rs.getString("subject_ref"), rs.getString("detail"),
					rs.getString("channel") == null ? null : ContactChannel.valueOf(rs.getString("channel")),
					rs.getString("direction") == null ? null : Direction.valueOf(rs.getString("direction")),
					rs.getString("summary"), (Integer) rs.getObject("duration_minutes"), rs.getString("actor"),
					(Long) rs.getObject("outgoing_message_id"), null))
			.list();
		boolean more = rows.size() > size;
		List<TimelineItem> page = withDeliveries(more ? rows.subList(0, size) : rows);
		String next = more ? new Cursor(page.get(size - 1).occurredAt(), page.get(size - 1).id()).encode() : null;
		return new TimelinePage(page, next);
	}

	/**
	 * Adds an entry to the client's timeline, for modules that tell the client's story
	 * themselves (complaints).
	 */
	@Transactional
	public void record(long clientId, Instant at, TimelineKind kind, String subjectRef, String detail,
			ContactChannel channel, String summary, String actor) {
		record(clientId, at, kind, subjectRef, detail, channel, summary, actor, null);
	}

	/** {@link #record} for a line about a message the desk sent by e-mail. */
	@Transactional
	void record(long clientId, Instant at, TimelineKind kind, String subjectRef, String detail, ContactChannel channel,
			String summary, String actor, Long outgoingMessageId) {
		entries.save(new TimelineEntry(clientId, at, kind, subjectRef, detail, channel, null, summary, null, actor)
			.mailed(outgoingMessageId));
	}

	/**
	 * A client merged into another (or a sender linked to the client they are): their
	 * lines move to the survivor, except the sender's own registration.
	 */
	@Transactional
	void moveClient(long from, long to) {
		jdbc.sql("delete from timeline_entry where client_id = :from and kind = 'CLIENT_REGISTERED'")
			.param("from", from)
			.update();
		jdbc.sql("update timeline_entry set client_id = :to where client_id = :from")
			.param("from", from)
			.param("to", to)
			.update();
	}

	private List<TimelineItem> withDeliveries(List<TimelineItem> items) {
		List<Long> ids = items.stream().map(TimelineItem::outgoingMessageId).filter(Objects::nonNull).toList();
		if (ids.isEmpty()) {
			return items;
		}
		Map<Long, Delivery> deliveries = correspondence.deliveries(ids);
		return items.stream()
			.map(item -> item.outgoingMessageId() == null ? item
					: item.withDelivery(deliveries.get(item.outgoingMessageId())))
			.toList();
	}

	/**
	 * Free texts may hold personal data: they go when the client is erased, the facts
	 * stay for statistics.
	 */
	@Transactional
	void eraseTexts(long clientId) {
		jdbc.sql("update timeline_entry set summary = null where client_id = :client")
			.param("client", clientId)
			.update();
	}

	record Cursor(Instant at, long id) {

		String encode() {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString((at.toString() + "|" + id).getBytes(StandardCharsets.UTF_8));
		}

		static Cursor decode(String value) {
			if (value == null || value.isBlank()) {
				return null;
			}
			try {
				String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|");
				return new Cursor(Instant.parse(parts[0]), Long.parseLong(parts[1]));
			}
			catch (RuntimeException ex) {
				throw new InvalidCursorException();
			}
		}

	}

}
