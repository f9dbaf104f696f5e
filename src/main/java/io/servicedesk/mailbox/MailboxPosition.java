package io.servicedesk.mailbox;

/**
 * Where a message is in the mailbox: its folder, the folder's UIDVALIDITY and its UID,
 * which together name it for good.
 */
record MailboxPosition(String folder, long uidValidity, long uid) {
}
