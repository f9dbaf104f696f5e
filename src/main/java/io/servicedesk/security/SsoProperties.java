package io.servicedesk.security;

import java.util.Map;

import io.servicedesk.staff.Role;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with OpenID Connect, on when a provider is registered under
 * {@code spring.security.oauth2.client.registration.*}.
 *
 * @param matchClaim the claim of the ID token that names the staff member
 * @param matchBy what that claim is compared with: the staff member's {@code email} or
 * {@code username}
 * @param roleClaim a claim listing the person's groups or roles (e.g. {@code groups},
 * {@code roles}); when empty the role kept in the product stays
 * @param roles which value of the role claim gives which role (the highest wins), e.g.
 * {@code servicedesk-admins=ADMIN}
 * @param teamClaim a claim naming the person's team; when empty the team kept in the
 * product stays
 * @param provision whether an unknown person is added as a staff member (role from the
 * role claim, otherwise agent) instead of being refused
 * @param localPasswords whether a staff member who has signed in through single sign-on
 * may still sign in with a password of the product (and HTTP Basic)
 */
@ConfigurationProperties("servicedesk.security.sso")
record SsoProperties(@DefaultValue("email") String matchClaim, @DefaultValue("email") String matchBy,
		@DefaultValue("") String roleClaim, Map<String, Role> roles, @DefaultValue("") String teamClaim,
		@DefaultValue("false") boolean provision, @DefaultValue("true") boolean localPasswords) {

	SsoProperties {
		roles = roles == null ? Map.of() : Map.copyOf(roles);
		if (!"email".equals(matchBy) && !"username".equals(matchBy)) {
			throw new IllegalArgumentException("servicedesk.security.sso.match-by is email or username");
		}
	}

}
