package io.servicedesk.mailbox;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mailbox module's public API: what was read from the desk's mailbox and what became
 * of it, for administrators, who may also have a set-aside message processed again.
 */
@Service
public class Mailbox {

	public static final int PAGE_SIZE = 50;

	private final IncomingMailRepository mails;

	private final IncomingMailProcessor processor;

	private final MailboxReader reader;

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	Mailbox(IncomingMailRepository mails, IncomingMailProcessor processor, MailboxReader reader, JdbcClient jdbc,
			AuditLog auditLog) {
		this.mails = mails;
		this.processor = processor;
		this.reader = reader;
		this.jdbc = jdbc;
		this.auditLog = auditLog;
	}

	/**
	 * Newest first, {@code limit} at a time, in one state or all; {@code before} is the
	 * id the page continues after.
	 */
	@Transactional(readOnly = true)
	public List<IncomingMailView> list(IncomingMailState state, Long before, int limit) {
		Limit size = Limit.of(Math.max(1, Math.min(limit, 200)));
		List<IncomingMail> found;
		if (state == null) {
			found = before == null ? mails.findByOrderByIdDesc(size)
					: mails.findByIdLessThanOrderByIdDesc(before, size);
		}
		else {
			found = before == null ? mails.findByStateOrderByIdDesc(state, size)
					: mails.findByStateAndIdLessThanOrderByIdDesc(state, before, size);
		}
		return found.stream().map(IncomingMail::view).toList();
	}

	@Transactional(readOnly = true)
	public IncomingMailView get(long id) {
		return mails.findById(id).map(IncomingMail::view).orElseThrow(() -> new IncomingMailNotFoundException(id));
	}

	/**
	 * Writes the whole original of the message (its attachments included) to {@code out};
	 * false when only its headers were kept (it was too large).
	 */
	@Transactional(readOnly = true)
	public boolean writeOriginal(long id, OutputStream out) {
		get(id);
		return Boolean.TRUE.equals(
				jdbc.sql("select raw_mime from incoming_mail_content where mail_id = :id").param("id", id).query(rs -> {
					if (!rs.next()) {
						return false;
					}
					try (InputStream in = rs.getBinaryStream(1)) {
						in.transferTo(out);
					}
					catch (java.io.IOException ex) {
						throw new java.io.UncheckedIOException(ex);
					}
					return true;
				}));
	}

	/** An administrator has a set-aside message processed again from its original. */
	public IncomingMailView reprocess(long id, String by) {
		IncomingMailView before = get(id);
		IncomingMailView after = processor.reprocess(id);
		auditLog.record(AuditRecord.of(by, "mail.reprocessed", "incoming-mail", Long.toString(id))
			.change(before.outcome(), after.outcome()));
		return after;
	}

	/**
	 * Reads the mailbox now instead of at the next poll; returns how many were recorded.
	 */
	public int readNow() {
		return reader.read();
	}

}
