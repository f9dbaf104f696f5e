package io.servicedesk.account;

import io.servicedesk.shared.NotFoundException;

/**
 * No account has the given number.
 */
public class AccountNotFoundException extends NotFoundException {

	public AccountNotFoundException(String number) {
		super("account", number);
	}

}
