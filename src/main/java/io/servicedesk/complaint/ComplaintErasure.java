package io.servicedesk.complaint;

import io.servicedesk.client.ClientErased;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An erased client's complaints keep their facts (severity, amounts, outcome, dates) for
 * the statistics; the free texts of the complaint itself, which may hold personal data,
 * go with the case's texts.
 */
@Component
class ComplaintErasure {

	private final JdbcClient jdbc;

	ComplaintErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(ClientErased erased) {
		jdbc.sql("""
				update complaint set desired_outcome = null, forward_question = null, resolution_message = null,
				    reopen_reason = null
				where id in (select id from case_file where client_id = :client)""")
			.param("client", erased.clientId())
			.update();
	}

}
