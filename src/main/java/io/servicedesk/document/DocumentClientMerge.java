package io.servicedesk.document;

import io.servicedesk.client.ClientMerged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A client merged into another: the documents made for them belong to the survivor from
 * now on, in the transaction of the merge.
 */
@Component
class DocumentClientMerge {

	private final JdbcClient jdbc;

	DocumentClientMerge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(ClientMerged merged) {
		jdbc.sql("update document set client_id = :to where client_id = :from")
			.param("from", merged.fromClientId())
			.param("to", merged.toClientId())
			.update();
	}

}
