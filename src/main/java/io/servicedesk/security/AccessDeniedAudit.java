package io.servicedesk.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Every refusal for lack of rights (403), on pages and the API, goes into the audit log:
 * who asked for what. Then the refusal is answered as before.
 */
class AccessDeniedAudit implements AccessDeniedHandler {

	private final AuditLog auditLog;

	private final AccessDeniedHandler answer;

	AccessDeniedAudit(AuditLog auditLog, AccessDeniedHandler answer) {
		this.auditLog = auditLog;
		this.answer = answer;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException, ServletException {
		record(auditLog, request);
		answer.handle(request, response, exception);
	}

	static void record(AuditLog auditLog, HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String actor = authentication == null ? "anonymous" : authentication.getName();
		auditLog.record(AuditRecord.of(actor, "security.access-denied", "request",
				request.getMethod() + " " + request.getRequestURI()));
	}

}
