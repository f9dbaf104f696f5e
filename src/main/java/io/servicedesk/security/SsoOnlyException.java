package io.servicedesk.security;

import org.springframework.security.authentication.AccountStatusException;

/** A staff member who signs in through single sign-on tried the product's password. */
class SsoOnlyException extends AccountStatusException {

	private static final long serialVersionUID = 1L;

	SsoOnlyException() {
		super("This staff member signs in through single sign-on");
	}

}
