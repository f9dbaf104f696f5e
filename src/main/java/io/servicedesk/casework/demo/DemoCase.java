package io.servicedesk.casework.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.servicedesk.shared.Priority;

/**
 * A demo case as it is generated: the case row's columns and its timeline, oldest entry
 * first. The case modules extend it with what only their kind has.
 */
public class DemoCase {

	public final String reference;

	public final String status;

	public final Priority priority;

	public final String category;

	public final String channel;

	public final String subject;

	public final long clientId;

	public final Long teamId;

	public final String assignee;

	public final Instant created;

	public Instant lastActivityAt;

	final List<Entry> entries = new ArrayList<>();

	public DemoCase(String reference, String status, Priority priority, String category, String channel, String subject,
			long clientId, Long teamId, String assignee, Instant created) {
		this.reference = reference;
		this.status = status;
		this.priority = priority;
		this.category = category;
		this.channel = channel;
		this.subject = subject;
		this.clientId = clientId;
		this.teamId = teamId;
		this.assignee = assignee;
		this.created = created;
	}

	/** Whether the case is still worked on (neither resolved nor closed). */
	public boolean active() {
		return !status.equals("RESOLVED") && !status.equals("CLOSED");
	}

	/** Who created and last changed the row: the assignee, or the demo agent. */
	public String actor() {
		return assignee == null ? "agent" : assignee;
	}

	/**
	 * Appends an entry to the timeline; the returned entry's body may still be written
	 * until the case is inserted.
	 */
	public Entry entry(String kind, String entryChannel, String body, String detail, String actor, Instant at) {
		Entry entry = new Entry(kind, entryChannel, body, detail, actor, at);
		entries.add(entry);
		return entry;
	}

	/** A timeline entry of a demo case. */
	public static final class Entry {

		private final String kind;

		private final String channel;

		private String body;

		private final String detail;

		private final String actor;

		private final Instant at;

		Entry(String kind, String channel, String body, String detail, String actor, Instant at) {
			this.kind = kind;
			this.channel = channel;
			this.body = body;
			this.detail = detail;
			this.actor = actor;
			this.at = at;
		}

		public void body(String text) {
			body = text;
		}

		Object[] row(long caseId) {
			return new Object[] { caseId, kind, channel, body, detail, actor, Timestamp.from(at) };
		}

	}

}
