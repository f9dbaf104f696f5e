package io.servicedesk.security;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Writes interactive sign-ins and sign-outs to the audit log. API calls with HTTP Basic
 * authenticate on every request and are not written here; their failures are (see
 * {@link ThrottlingAuthenticationProvider}).
 */
@Component
class SignInAuditListener {

	private final AuditLog auditLog;

	SignInAuditListener(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@EventListener
	void onSignIn(InteractiveAuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		auditLog.record(AuditRecord.of(username, "security.sign-in", "staff", username));
	}

	@EventListener
	void onSignOut(LogoutSuccessEvent event) {
		String username = event.getAuthentication().getName();
		auditLog.record(AuditRecord.of(username, "security.sign-out", "staff", username));
	}

}
