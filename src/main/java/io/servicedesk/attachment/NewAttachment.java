package io.servicedesk.attachment;

/**
 * Where a new file goes: a client's record, or a case of theirs (then possibly with one
 * of its messages, an outgoing or an incoming mail).
 */
public record NewAttachment(long clientId, String caseRef, Long caseEntryId, Long outgoingMessageId,
		Long incomingMailId, AttachmentOrigin origin, String description) {

	public static NewAttachment onClient(long clientId, String description) {
		return new NewAttachment(clientId, null, null, null, null, AttachmentOrigin.UPLOAD, description);
	}

	public static NewAttachment onCase(long clientId, String caseRef, AttachmentOrigin origin) {
		return new NewAttachment(clientId, caseRef, null, null, null, origin, null);
	}

	public NewAttachment withEntry(Long entryId, Long outgoingId, Long incomingId) {
		return new NewAttachment(clientId, caseRef, entryId, outgoingId, incomingId, origin, description);
	}

}
