package io.servicedesk.attachment;

import io.servicedesk.client.ClientMerged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A client merged into another: the files on their record and their cases belong to the
 * survivor from now on, in the transaction of the merge.
 */
@Component
class AttachmentClientMerge {

	private final JdbcClient jdbc;

	AttachmentClientMerge(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(ClientMerged merged) {
		jdbc.sql("update attachment set client_id = :to where client_id = :from")
			.param("from", merged.fromClientId())
			.param("to", merged.toClientId())
			.update();
	}

}
