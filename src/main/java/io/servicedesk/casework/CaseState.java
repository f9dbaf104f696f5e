package io.servicedesk.casework;

import io.servicedesk.sla.SlaView;

/**
 * What the details of any case show beside the case module's own fields: its SLA clock
 * and the names of its team, its assignee and whoever changed it last.
 *
 * @param sla the case's SLA block, {@code null} when no policy applied
 * @param assigneeName the assignee's display name ({@code null}: unassigned)
 * @param updatedByName the display name of whoever changed the case last (their username
 * where they are not staff, such as {@code system})
 */
public record CaseState(SlaView sla, String team, String assigneeName, String updatedByName) {
}
