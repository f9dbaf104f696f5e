package io.servicedesk.sla;

import io.servicedesk.shared.Priority;

/**
 * What an administrator enters for an SLA policy: targets in business minutes, the
 * calendar by id, the escalation team by name (or none).
 */
public record SlaPolicyDefinition(CaseKind caseKind, Priority priority, int firstResponseMinutes, int resolutionMinutes,
		long calendarId, int atRiskPercent, String escalationTeam, boolean active) {
}
