package io.servicedesk.account;

import io.servicedesk.client.ClientMerged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A sender linked to the client they are: their accounts belong to that client from now
 * on, in the transaction that links them.
 */
@Component
class AccountClientMerge {

	private final JdbcClient jdbc;

	AccountClientMerge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(ClientMerged merged) {
		jdbc.sql("update account set client_id = :to, version = version + 1 where client_id = :from")
			.param("from", merged.fromClientId())
			.param("to", merged.toClientId())
			.update();
	}

}
