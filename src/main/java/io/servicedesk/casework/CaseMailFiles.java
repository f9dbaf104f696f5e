package io.servicedesk.casework;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import io.servicedesk.attachment.AttachmentOrigin;
import io.servicedesk.attachment.Attachments;
import io.servicedesk.attachment.KeptFiles;
import io.servicedesk.attachment.NewAttachment;
import io.servicedesk.attachment.Upload;
import io.servicedesk.audit.AuditRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of a client's mail, on the message they came with: each one the desk may keep
 * becomes a file of that message; of those it may not (a type off the allowlist, too
 * large), a line of the case says which, and the original mail still holds them.
 */
@Service
public class CaseMailFiles {

	/** The detail of the line that names the files not kept. */
	public static final String REFUSED = "files-refused";

	private final JdbcClient jdbc;

	private final Attachments attachments;

	private final CaseTimeline timeline;

	CaseMailFiles(JdbcClient jdbc, Attachments attachments, CaseTimeline timeline) {
		this.jdbc = jdbc;
		this.attachments = attachments;
		this.timeline = timeline;
	}

	/**
	 * Attaches the files of the incoming mail to its message on the case with this
	 * reference; nothing when the mail has no files or no message there.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public KeptFiles attach(String reference, long incomingMailId, List<Upload> files) {
		if (files.isEmpty()) {
			return new KeptFiles(List.of(), List.of());
		}
		return jdbc
			.sql("select e.id, c.client_id, e.occurred_at from case_entry e join case_file c on c.id = e.case_id "
					+ "where c.reference = :reference and e.incoming_mail_id = :mail order by e.id limit 1")
			.param("reference", reference)
			.param("mail", incomingMailId)
			.query((rs, row) -> new Message(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant()))
			.optional()
			.map(message -> {
				KeptFiles kept = attachments
					.keepEach(NewAttachment.onCase(message.clientId(), reference, AttachmentOrigin.MAIL)
						.withEntry(message.entryId(), null, incomingMailId), files, ClientMail.CLIENT);
				if (!kept.refused().isEmpty()) {
					timeline.recordFor(reference, CaseEntryKind.NOTE,
							kept.refused().stream().map(CaseMailFiles::line).collect(Collectors.joining("\n")), REFUSED,
							AuditRecord.SYSTEM, message.at());
				}
				return kept;
			})
			.orElseGet(() -> new KeptFiles(List.of(), List.of()));
	}

	/**
	 * A refused file as its line: the name, and the type it was taken to be or the limit.
	 */
	private static String line(KeptFiles.Refused refused) {
		List<Object> arguments = refused.arguments();
		String why = refused.messageKey().equals("attachment.type-refused") && arguments.size() > 1
				? String.valueOf(arguments.get(1))
				: arguments.size() > 1 ? "> " + arguments.get(arguments.size() - 1) + " MB" : refused.messageKey();
		return refused.filename() + " (" + why + ")";
	}

	private record Message(long entryId, long clientId, Instant at) {
	}

}
