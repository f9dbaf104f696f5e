/**
 * Reports: the KPIs of the desk for a range of days, split by team, agent, channel,
 * category and priority; their trends; CSV exports. The dashboard reads a daily rollup
 * that {@link io.servicedesk.reporting.ReportRollup} derives, set-based and read-only,
 * from the case, SLA clock, survey, client, account and order tables.
 * {@link io.servicedesk.reporting.Reports} is the module's API.
 */
package io.servicedesk.reporting;
