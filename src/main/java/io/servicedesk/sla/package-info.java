/**
 * The SLA clock: business-hours calendars, SLA policies, the state of each case against
 * its targets and the breach job that escalates what falls due.
 * {@link io.servicedesk.sla.SlaClocks} is the API of the case modules.
 */
package io.servicedesk.sla;
