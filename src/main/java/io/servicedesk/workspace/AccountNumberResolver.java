package io.servicedesk.workspace;

import java.util.List;

import io.servicedesk.account.AccountService;

import org.springframework.stereotype.Component;

/**
 * A caller quoting an account number.
 */
@Component
class AccountNumberResolver implements ClientReferenceResolver {

	private final AccountService accounts;

	AccountNumberResolver(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	public List<Long> clientIds(String query) {
		return accounts.clientIdsByAccountNumber(query);
	}

}
