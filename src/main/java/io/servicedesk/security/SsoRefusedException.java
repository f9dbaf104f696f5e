package io.servicedesk.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The identity provider's person is no (active) staff member of the product. */
class SsoRefusedException extends OAuth2AuthenticationException {

	private static final long serialVersionUID = 1L;

	private final String identity;

	SsoRefusedException(String identity) {
		super(new OAuth2Error("unknown_staff", "No active staff member for " + identity, null));
		this.identity = identity;
	}

	String identity() {
		return identity;
	}

}
