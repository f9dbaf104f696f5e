package io.servicedesk.correspondence;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mails of each case, both ways, so that every mail of a case threads in the client's
 * mail program ({@code In-Reply-To} the last one, {@code References} the first and the
 * latest ones) and a client's answer that names a mail the desk sent finds its case.
 */
@Component
class MailThreads {

	/** RFC 5322 recommends keeping References short; the first and the latest do. */
	static final int REFERENCES_KEPT = 10;

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final CorrespondenceProperties properties;

	MailThreads(JdbcClient jdbc, CorrespondenceProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * A new {@code Message-ID} in the desk's domain, naming the case or kind it is for.
	 */
	String newMessageId(String label) {
		byte[] bytes = new byte[10];
		random.nextBytes(bytes);
		String prefix = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
		return "<" + prefix + "." + ReplyAddresses.base32(bytes, bytes.length) + "@" + properties.domain() + ">";
	}

	/** The case's mails so far, oldest first. */
	List<String> of(String caseRef) {
		return jdbc
			.sql("select message_id from mail_thread_message where case_ref = :ref order by occurred_at, message_id")
			.param("ref", caseRef)
			.query(String.class)
			.list();
	}

	/**
	 * A case was merged into another: the mails of its thread join the survivor's, so a
	 * client's answer to any of them finds the survivor and the next reply threads under
	 * them all.
	 */
	void move(String fromCaseRef, String toCaseRef) {
		jdbc.sql("""
				insert into mail_thread_message (message_id, case_ref, direction, occurred_at)
				select message_id, :to, direction, occurred_at from mail_thread_message where case_ref = :from
				on conflict do nothing""").param("from", fromCaseRef).param("to", toCaseRef).update();
		jdbc.sql("delete from mail_thread_message where case_ref = :from").param("from", fromCaseRef).update();
	}

	void record(String caseRef, String messageId, String direction, Instant at) {
		jdbc.sql("""
				insert into mail_thread_message (message_id, case_ref, direction, occurred_at)
				values (:id, :ref, :direction, :at) on conflict do nothing""")
			.param("id", messageId)
			.param("ref", caseRef)
			.param("direction", direction)
			.param("at", Timestamp.from(at))
			.update();
	}

	/**
	 * The case of the latest of these mails that the desk sent; a mail the desk never
	 * sent leads nowhere.
	 */
	Optional<String> caseOfSent(Collection<String> messageIds) {
		if (messageIds.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select case_ref from mail_thread_message where message_id in (:ids) and direction = 'OUT'
				order by occurred_at desc limit 1""").param("ids", messageIds).query(String.class).optional();
	}

	/** Whether the desk sent a mail with this {@code Message-ID}. */
	boolean sentByDesk(String messageId) {
		return jdbc.sql("select exists (select 1 from outgoing_message where message_id = :id)")
			.param("id", messageId)
			.query(Boolean.class)
			.single();
	}

	static String references(List<String> thread) {
		if (thread.isEmpty()) {
			return null;
		}
		List<String> kept = thread.size() <= REFERENCES_KEPT ? thread
				: java.util.stream.Stream
					.concat(thread.stream().limit(1), thread.stream().skip(thread.size() - (REFERENCES_KEPT - 1)))
					.toList();
		return String.join(" ", kept);
	}

}
