package io.servicedesk.security;

import io.servicedesk.staff.StaffAccessChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends every session of a person whose access changed (deactivated, new role, password
 * reset by an administrator) once the change is committed. Sessions live in the database,
 * so this holds on every node at once.
 */
@Component
class SessionTerminator {

	private static final Logger log = LoggerFactory.getLogger(SessionTerminator.class);

	private final FindByIndexNameSessionRepository<?> sessions;

	SessionTerminator(FindByIndexNameSessionRepository<?> sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(StaffAccessChanged change) {
		var open = sessions.findByPrincipalName(change.username()).keySet();
		open.forEach(sessions::deleteById);
		if (!open.isEmpty()) {
			log.info("Ended {} session(s) of {} ({})", open.size(), change.username(), change.reason());
		}
	}

}
