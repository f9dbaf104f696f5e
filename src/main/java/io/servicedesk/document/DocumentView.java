package io.servicedesk.document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A version of a document as pages and the API show it, with the file it is kept in.
 *
 * @param subjectRef the complaint's reference, the order's or the account's number
 * @param periodFrom the first day of a statement ({@code null} for other kinds)
 * @param periodTo the last day of a statement
 * @param language the language it is written in (the client's)
 * @param attachmentId the file, served at {@code /attachments/{id}}
 * @param outgoingMessageId the e-mail it went with, if any
 */
public record DocumentView(long id, DocumentKind kind, String subjectRef, LocalDate periodFrom, LocalDate periodTo,
		int version, long clientId, String caseRef, String language, long attachmentId, String filename, long size,
		String sha256, Long outgoingMessageId, String createdBy, Instant createdAt) {

	/** The size as people read it. */
	public String sizeShown() {
		return size < 1024 * 1024 ? (size + 512) / 1024 + " KB"
				: String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
	}

}
