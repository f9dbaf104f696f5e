package io.servicedesk.casework;

import io.servicedesk.account.AccountDetails;
import io.servicedesk.account.AccountService;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.order.OrderDetails;
import io.servicedesk.order.OrderService;
import io.servicedesk.shared.NotFoundException;
import io.servicedesk.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the account and order a new case concerns: each must be the client's. Returns
 * the stored number, or {@code null} when none was given.
 */
@Service
public class CaseLinks {

	private final AccountService accounts;

	private final OrderService orders;

	CaseLinks(AccountService accounts, OrderService orders) {
		this.accounts = accounts;
		this.orders = orders;
	}

	@Transactional(readOnly = true)
	public String accountOf(ClientDetails client, String accountNumber) {
		if (accountNumber == null || accountNumber.isBlank()) {
			return null;
		}
		return accounts.find(accountNumber.strip())
			.filter(account -> account.clientId() == client.id())
			.map(AccountDetails::number)
			.orElseThrow(() -> new RuleViolationException("case.account.not-of-client", accountNumber));
	}

	@Transactional(readOnly = true)
	public String orderOf(ClientDetails client, String orderNumber) {
		if (orderNumber == null || orderNumber.isBlank()) {
			return null;
		}
		try {
			OrderDetails order = orders.get(orderNumber.strip());
			if (order.clientId() != client.id()) {
				throw new RuleViolationException("case.order.not-of-client", orderNumber);
			}
			return order.number();
		}
		catch (NotFoundException unknown) {
			throw new RuleViolationException("case.order.not-of-client", orderNumber);
		}
	}

}
