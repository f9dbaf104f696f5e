package io.servicedesk.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A second-factor code typed by a person who has signed in with their password, before it
 * is checked by {@link SecondFactorAuthenticationProvider}.
 */
class SecondFactorAuthenticationToken extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final String username;

	private transient String code;

	SecondFactorAuthenticationToken(String username, String code) {
		super(List.of());
		this.username = username;
		this.code = code;
		setAuthenticated(false);
	}

	@Override
	public Object getCredentials() {
		return code;
	}

	@Override
	public Object getPrincipal() {
		return username;
	}

	@Override
	public void eraseCredentials() {
		super.eraseCredentials();
		code = null;
	}

}
