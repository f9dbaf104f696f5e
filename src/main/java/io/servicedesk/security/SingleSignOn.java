package io.servicedesk.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Sign-in through an OpenID Connect provider (authorization code flow), where one is
 * registered under {@code spring.security.oauth2.client.registration.*}; without one the
 * pages know only the password. A refused sign-in ends on a translated page that says
 * why.
 */
class SingleSignOn extends AbstractHttpConfigurer<SingleSignOn, HttpSecurity> {

	static final String REFUSED_PAGE = "/login/sso-refused";

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	private final StaffOidcUserService users;

	private final LocaleResolver localeResolver;

	SingleSignOn(ObjectProvider<ClientRegistrationRepository> registrations, StaffOidcUserService users,
			LocaleResolver localeResolver) {
		this.registrations = registrations;
		this.users = users;
		this.localeResolver = localeResolver;
	}

	@Override
	public void init(HttpSecurity http) {
		if (registrations.getIfAvailable() == null) {
			return;
		}
		http.oauth2Login(login -> login.loginPage("/login")
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
			.successHandler(new SignInSuccessHandler(localeResolver))
			.failureHandler(new SimpleUrlAuthenticationFailureHandler(REFUSED_PAGE)));
	}

}
