package io.servicedesk.security;

import java.time.Duration;
import java.util.Set;

import io.servicedesk.staff.Role;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Two-factor sign-in with a time-based one-time password (RFC 6238).
 *
 * @param requiredRoles the roles that must sign in with a second factor; a person of such
 * a role who has not enrolled yet is led to the enrolment right after the password. Staff
 * of other roles may enrol on their profile page, and once enrolled always sign in with
 * it.
 * @param stepUpAfter how old the last second factor may be for an administrator's
 * sensitive actions (role changes, erasure, token creation) before it is asked again
 * @param encryptionKey the key the secrets are encrypted with in the database (any phrase
 * of at least 16 characters); when empty, a key made at the first enrolment and kept in
 * the database is used
 * @param issuer the name authenticator apps show beside the account
 * @param maxCodeFailures wrong codes after which the second step waits, like the password
 * step (growing delay)
 */
@ConfigurationProperties("servicedesk.security.mfa")
record SecondFactorProperties(@DefaultValue( {
		"ADMIN", "SUPERVISOR" }) Set<Role> requiredRoles, @DefaultValue("15m") Duration stepUpAfter,
		@DefaultValue("") String encryptionKey, @DefaultValue("Service Desk") String issuer,
		@DefaultValue("5") int maxCodeFailures){

	SecondFactorProperties {
		requiredRoles = requiredRoles == null ? Set.of() : Set.copyOf(requiredRoles);
		if (encryptionKey != null && !encryptionKey.isEmpty() && encryptionKey.length() < 16) {
			throw new IllegalArgumentException(
					"servicedesk.security.mfa.encryption-key needs at least 16 characters, or none at all");
		}
	}

}
