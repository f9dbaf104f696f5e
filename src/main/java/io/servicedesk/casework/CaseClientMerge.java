package io.servicedesk.casework;

import io.servicedesk.client.ClientMerged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A sender linked to the client they are: their cases belong to that client from now on,
 * in the transaction that links them.
 */
@Component
class CaseClientMerge {

	private final JdbcClient jdbc;

	CaseClientMerge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(ClientMerged merged) {
		jdbc.sql("update case_file set client_id = :to, version = version + 1 where client_id = :from")
			.param("from", merged.fromClientId())
			.param("to", merged.toClientId())
			.update();
	}

}
