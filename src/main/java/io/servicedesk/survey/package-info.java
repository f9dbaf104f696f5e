/**
 * Client satisfaction surveys: an invitation with an unguessable single-use link when a
 * case is resolved, the public page where the client rates the desk's work, and the
 * answer published for the case and the client's timeline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Client satisfaction surveys")
package io.servicedesk.survey;
