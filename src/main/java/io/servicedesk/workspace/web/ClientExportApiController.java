package io.servicedesk.workspace.web;

import java.security.Principal;
import java.util.Map;

import io.servicedesk.workspace.ClientWorkspace;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/clients/{number}/export}: all personal data held about the client,
 * as JSON.
 */
@RestController
class ClientExportApiController {

	private final ClientWorkspace workspace;

	ClientExportApiController(ClientWorkspace workspace) {
		this.workspace = workspace;
	}

	@GetMapping("/api/v1/clients/{number}/export")
	@PreAuthorize("hasRole('ADMIN')")
	Map<String, Object> export(@PathVariable String number, Principal principal) {
		return workspace.export(number, principal.getName());
	}

}
