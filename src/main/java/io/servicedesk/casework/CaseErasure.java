package io.servicedesk.casework;

import io.servicedesk.client.ClientErased;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An erased client's cases keep their facts (dates, statuses, priorities, SLA) for the
 * statistics; their free texts, which may hold personal data, go.
 */
@Component
class CaseErasure {

	static final String ERASED_SUBJECT = "—";

	private final JdbcClient jdbc;

	CaseErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(ClientErased erased) {
		jdbc.sql(
				"update case_entry set body = null where case_id in (select id from case_file where client_id = :client)")
			.param("client", erased.clientId())
			.update();
		jdbc.sql("update case_file set subject = :erased, search_vector = ''::tsvector where client_id = :client")
			.param("erased", ERASED_SUBJECT)
			.param("client", erased.clientId())
			.update();
	}

}
