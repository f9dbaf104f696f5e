/**
 * The desk's mailbox, inbound: reads it over IMAP (IDLE where the server offers it,
 * polling otherwise), records every message exactly once even with several nodes, and
 * turns each into what it is: a new inquiry from a known client or an unconfirmed sender,
 * a reply on its case (found by the reply address's token or by the threading headers of
 * a mail the desk sent), a bounce that marks the outgoing message, or noise
 * (auto-replies, mailer daemons, the desk's own mail) that makes no case and gets no
 * answer. What cannot be read is set aside for administrators, never dropped.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mailbox")
package io.servicedesk.mailbox;
