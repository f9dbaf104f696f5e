package io.servicedesk.order;

import io.servicedesk.client.ClientMerged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A sender linked to the client they are: their orders belong to that client from now on,
 * in the transaction that links them.
 */
@Component
class OrderClientMerge {

	private final JdbcClient jdbc;

	OrderClientMerge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(ClientMerged merged) {
		jdbc.sql("update client_order set client_id = :to, version = version + 1 where client_id = :from")
			.param("from", merged.fromClientId())
			.param("to", merged.toClientId())
			.update();
	}

}
