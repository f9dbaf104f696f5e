/**
 * Correspondence with clients by e-mail, outbound: every message meant for a client is
 * queued as an {@link io.servicedesk.correspondence.OutgoingMessageView outgoing message}
 * in the transaction of the change that causes it ({@link Correspondence#queue}), in the
 * client's language, threaded per case and with a reply address that leads the client's
 * answer back to its case. A delivery worker on each node claims due messages and sends
 * them over SMTP with retries; bounces mark them. Administrators see and retry or cancel
 * messages and edit the texts of the standard notices. The case modules, accounts, orders
 * and surveys queue through this module; the {@code mailbox} module reads what clients
 * send back.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Correspondence")
package io.servicedesk.correspondence;
