package io.servicedesk.attachment;

import java.time.Instant;

/**
 * A file as pages and the API show it: its name, type, size and SHA-256, what it belongs
 * to, and who added it when.
 *
 * @param caseRef the case it is on ({@code null}: the client's record)
 * @param caseEntryId the message of the case it came with, if any
 * @param outgoingMessageId the outgoing mail that carries it, if any
 * @param inline whether it may be shown in the browser (images, PDF) rather than only
 * downloaded
 */
public record AttachmentView(long id, long clientId, String caseRef, Long caseEntryId, Long outgoingMessageId,
		Long incomingMailId, AttachmentOrigin origin, String filename, String contentType, long size, String sha256,
		String description, String createdBy, Instant createdAt, boolean inline) {

	/** The size as people read it: bytes, KB or MB. */
	public String sizeShown() {
		if (size < 1024) {
			return size + " B";
		}
		if (size < 1024 * 1024) {
			return (size + 512) / 1024 + " KB";
		}
		return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
	}

}
