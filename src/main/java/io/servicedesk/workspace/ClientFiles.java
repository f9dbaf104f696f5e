package io.servicedesk.workspace;

import java.util.List;
import java.util.stream.Collectors;

import io.servicedesk.attachment.AttachmentOrigin;
import io.servicedesk.attachment.AttachmentView;
import io.servicedesk.attachment.Attachments;
import io.servicedesk.attachment.NewAttachment;
import io.servicedesk.attachment.Upload;
import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.client.ClientRef;
import io.servicedesk.client.ClientService;
import io.servicedesk.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of a client's record, not of a case: contracts, identity documents, signed
 * forms. Any staff member may add and read them; each addition is audited with the files'
 * names and SHA-256.
 */
@Service
public class ClientFiles {

	/** The longest description a file of the record takes (the column's size). */
	public static final int MAX_DESCRIPTION = 200;

	private final ClientService clients;

	private final Attachments attachments;

	private final AuditLog auditLog;

	ClientFiles(ClientService clients, Attachments attachments, AuditLog auditLog) {
		this.clients = clients;
		this.attachments = attachments;
		this.auditLog = auditLog;
	}

	/** The files people added to the record, newest first. */
	@Transactional(readOnly = true)
	public List<AttachmentView> of(String clientNumber) {
		return attachments.addedToRecord(clients.require(clientNumber).id());
	}

	/**
	 * Every file of a client's record, the documents the desk made included, newest
	 * first; {@link #addedByPeople} picks those people added.
	 */
	@Transactional(readOnly = true)
	public List<AttachmentView> ofRecord(long clientId) {
		return attachments.ofClient(clientId);
	}

	public static List<AttachmentView> addedByPeople(List<AttachmentView> recordFiles) {
		return recordFiles.stream().filter(file -> file.origin() != AttachmentOrigin.DOCUMENT).toList();
	}

	/**
	 * Adds files to the record, all or none (each of an accepted type and size, together
	 * within a message's size).
	 */
	@Transactional
	public List<AttachmentView> add(String clientNumber, List<Upload> uploads, String description, String actor) {
		ClientRef client = clients.require(clientNumber);
		if (uploads.isEmpty()) {
			throw new RuleViolationException("attachment.none-chosen");
		}
		String described = description == null || description.isBlank() ? null : description.strip();
		if (described != null && described.length() > MAX_DESCRIPTION) {
			throw new RuleViolationException("attachment.description-too-long", MAX_DESCRIPTION);
		}
		List<AttachmentView> stored = attachments.store(NewAttachment.onClient(client.id(), described), uploads, actor);
		auditLog.record(AuditRecord.of(actor, "client.files-added", "client", client.number())
			.change(null,
					stored.stream()
						.map(file -> file.filename() + " sha256=" + file.sha256())
						.collect(Collectors.joining(", "))));
		return stored;
	}

}
