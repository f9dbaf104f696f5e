package io.servicedesk.sla;

import io.servicedesk.shared.Priority;

/**
 * An SLA policy as pages and the API show it. Targets are business minutes;
 * {@code businessDayMinutes} is the length of a business day on the policy's calendar,
 * used to show them in days.
 */
public record SlaPolicyDetails(long id, CaseKind caseKind, Priority priority, int firstResponseMinutes,
		int resolutionMinutes, long calendarId, String calendarName, int businessDayMinutes, int atRiskPercent,
		String escalationTeam, boolean active, long version) {
}
