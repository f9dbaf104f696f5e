package io.servicedesk.security;

import java.util.Map;

import io.servicedesk.staff.StaffCredentials;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A staff member signed in through single sign-on: the product's own view of them (role,
 * team, language) and the identity provider's tokens.
 */
public class SsoStaffUser extends StaffUserDetails implements OidcUser {

	private static final long serialVersionUID = 1L;

	private final OidcIdToken idToken;

	private final OidcUserInfo userInfo;

	SsoStaffUser(StaffCredentials credentials, OidcIdToken idToken, OidcUserInfo userInfo) {
		super(credentials, false);
		this.idToken = idToken;
		this.userInfo = userInfo;
		eraseCredentials();
	}

	@Override
	public Map<String, Object> getClaims() {
		return idToken.getClaims();
	}

	@Override
	public OidcUserInfo getUserInfo() {
		return userInfo;
	}

	@Override
	public OidcIdToken getIdToken() {
		return idToken;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return idToken.getClaims();
	}

	/** The staff member's username, as for a password sign-in. */
	@Override
	public String getName() {
		return getUsername();
	}

}
