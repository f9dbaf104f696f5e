package io.servicedesk.client;

/**
 * Asked before a client's personal data is erased; a module that holds work still open
 * for the client refuses with a {@link io.servicedesk.shared.RuleViolationException}
 * saying what must be finished first.
 */
public interface ClientErasureGuard {

	void checkErasable(long clientId, String clientNumber);

}
