package io.servicedesk.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * The API called with a temporary password (new, or reset by an administrator): it must
 * be replaced on the sign-in page first.
 */
class TemporaryPasswordException extends AccessDeniedException {

	TemporaryPasswordException() {
		super("Temporary password not yet replaced");
	}

}
