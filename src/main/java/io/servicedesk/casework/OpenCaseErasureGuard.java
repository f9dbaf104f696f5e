package io.servicedesk.casework;

import java.util.List;

import io.servicedesk.client.ClientErasureGuard;
import io.servicedesk.shared.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A client with open inquiries or complaints cannot be erased: the desk still owes them
 * an answer, and the case needs their contact data until it is closed.
 */
@Component
class OpenCaseErasureGuard implements ClientErasureGuard {

	private static final int NAMED = 5;

	private final JdbcClient jdbc;

	OpenCaseErasureGuard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void checkErasable(long clientId, String clientNumber) {
		List<String> open = jdbc
			.sql("select reference from case_file where client_id = :client and active order by reference limit :limit")
			.param("client", clientId)
			.param("limit", NAMED + 1)
			.query(String.class)
			.list();
		if (!open.isEmpty()) {
			String named = String.join(", ", open.subList(0, Math.min(NAMED, open.size())))
					+ (open.size() > NAMED ? ", …" : "");
			throw new RuleViolationException("client.erase.open-cases", clientNumber, named);
		}
	}

}
