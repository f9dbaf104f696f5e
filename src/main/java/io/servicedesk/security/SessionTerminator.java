package io.servicedesk.security;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.staff.StaffAccessChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Ends every session and revokes every API token of a person whose access changed
 * (deactivated, new role, password reset by an administrator); the sessions once the
 * change is committed. Sessions live in the database, so this holds on every node at
 * once.
 */
@Component
class SessionTerminator {

	private static final Logger log = LoggerFactory.getLogger(SessionTerminator.class);

	private final FindByIndexNameSessionRepository<?> sessions;

	private final ApiTokens tokens;

	private final AuditLog auditLog;

	SessionTerminator(FindByIndexNameSessionRepository<?> sessions, ApiTokens tokens, AuditLog auditLog) {
		this.sessions = sessions;
		this.tokens = tokens;
		this.auditLog = auditLog;
	}

	/** In the change's own transaction: its tokens end with it or not at all. */
	@EventListener
	void revokeTokens(StaffAccessChanged change) {
		tokens.revokeAllOf(change.username(), change.reason().name());
	}

	/**
	 * Signs the person out everywhere but in the session they are using.
	 * @return how many sessions were ended
	 */
	int endOtherSessions(String username, String currentSessionId) {
		var others = sessions.findByPrincipalName(username)
			.keySet()
			.stream()
			.filter(id -> !id.equals(currentSessionId))
			.toList();
		others.forEach(sessions::deleteById);
		auditLog.record(AuditRecord.of(username, "security.other-sessions-ended", "staff", username)
			.change(null, String.valueOf(others.size())));
		return others.size();
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
