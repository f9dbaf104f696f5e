package io.servicedesk.correspondence;

/**
 * A mail as it is queued: everything its delivery needs, fixed.
 */
record ComposedMail(MailKind kind, String language, Recipient to, String subject, String text, String html,
		String messageId, String inReplyTo, String references, String replyTo) {
}
