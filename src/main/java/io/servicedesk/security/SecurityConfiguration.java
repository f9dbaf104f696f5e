package io.servicedesk.security;

import java.time.Clock;
import java.time.Duration;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.staff.StaffService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.DefaultAuthorizationManagerFactory;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.access.DelegatingMissingAuthorityAccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.http.HttpMethod;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.DispatcherType;

/**
 * Two filter chains: the JSON API (HTTP Basic or a personal API token as a bearer token,
 * stateless, no CSRF, problem bodies for 401 and 403) and the pages (our sign-in form,
 * CSRF, session in the database, strict headers, and the password change a temporary
 * password requires). URL rules follow docs/architecture.md, "Pages, API and security".
 * <p>
 * Two-factor sign-in uses Spring Security's multi-factor support: every rule of both
 * chains also requires the password factor and the
 * {@value SecondFactorPolicy#TOTP_AUTHORITY} factor of a person the
 * {@link SecondFactorPolicy} names (enrolled, or of a role that requires it), and an
 * administrator's sensitive actions require a second factor shown within
 * {@code servicedesk.security.mfa.step-up-after}. A page that lacks it leads to the
 * second-factor page ({@link SecondFactorEntryPoint}); HTTP Basic of such a person is
 * refused on the API, where personal API tokens serve.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableMultiFactorAuthentication(authorities = {})
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role("ADMIN")
			.implies("SUPERVISOR")
			.role("SUPERVISOR")
			.implies("AGENT")
			.build();
	}

	@Bean
	static MethodSecurityExpressionHandler methodSecurityExpressionHandler(RoleHierarchy roleHierarchy) {
		DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();
		handler.setRoleHierarchy(roleHierarchy);
		return handler;
	}

	@Bean
	AuthenticationProvider authenticationProvider(StaffUserDetailsService staffUserDetails,
			PasswordEncoder passwordEncoder, SignInThrottle throttle, AuditLog auditLog, SecondFactors secondFactors,
			SsoProperties sso, JdbcClient jdbc) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(staffUserDetails);
		passwords.setPasswordEncoder(passwordEncoder);
		// Tell a deactivated person so only once the password is right: nobody learns
		// account states by guessing.
		passwords.setPreAuthenticationChecks(user -> {
		});
		passwords.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("Staff member " + user.getUsername() + " is deactivated");
			}
			if (!sso.localPasswords() && jdbc.sql("select count(*) from staff_sso_identity where staff_username = :u")
				.param("u", user.getUsername())
				.query(Integer.class)
				.single() > 0) {
				throw new SsoOnlyException();
			}
		});
		return new ThrottlingAuthenticationProvider(passwords, throttle, auditLog, secondFactors);
	}

	/**
	 * Every rule: the person's role, and both factors where the policy requires them.
	 */
	static DefaultAuthorizationManagerFactory<RequestAuthorizationContext> twoFactors(SecondFactorPolicy policy,
			RoleHierarchy roleHierarchy) {
		DefaultAuthorizationManagerFactory<RequestAuthorizationContext> factory = AuthorizationManagerFactories
			.<RequestAuthorizationContext>multiFactor()
			.requireFactors(FactorGrantedAuthority.PASSWORD_AUTHORITY, SecondFactorPolicy.TOTP_AUTHORITY)
			.when(policy)
			.build();
		factory.setRoleHierarchy(roleHierarchy);
		return factory;
	}

	/**
	 * Sensitive actions: the second factor must also be recent.
	 */
	static DefaultAuthorizationManagerFactory<RequestAuthorizationContext> recentSecondFactor(SecondFactorPolicy policy,
			RoleHierarchy roleHierarchy, Duration stepUpAfter) {
		DefaultAuthorizationManagerFactory<RequestAuthorizationContext> factory = AuthorizationManagerFactories
			.<RequestAuthorizationContext>multiFactor()
			.requireFactor(factor -> factor.passwordAuthority())
			.requireFactor(factor -> factor.authority(SecondFactorPolicy.TOTP_AUTHORITY).validDuration(stepUpAfter))
			.when(policy)
			.build();
		factory.setRoleHierarchy(roleHierarchy);
		return factory;
	}

	@Bean
	StaffOidcUserService staffOidcUserService(StaffService staffService, SsoProperties properties, JdbcClient jdbc,
			Clock clock, AuditLog auditLog, PasswordEncoder passwordEncoder) {
		return new StaffOidcUserService(staffService, properties, jdbc, clock, auditLog, passwordEncoder);
	}

	@Bean
	ApiProblemResponder apiProblemResponder(JsonMapper jsonMapper, MessageSource messageSource,
			LocaleResolver localeResolver) {
		return new ApiProblemResponder(jsonMapper, messageSource, localeResolver);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiProblemResponder problems, ApiTokens apiTokens,
			StaffService staffService, AuditLog auditLog, SecondFactorPolicy secondFactorPolicy,
			RoleHierarchy roleHierarchy) throws Exception {
		var rules = twoFactors(secondFactorPolicy, roleHierarchy);
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/prometheus", "/actuator/info")
				.access(rules.hasRole("ADMIN"))
				.requestMatchers("/api/v1/staff/**", "/api/v1/outgoing-messages/**", "/api/v1/incoming-mail/**",
						"/api/v1/teams/**", "/api/v1/sla-policies/**", "/api/v1/business-hours/**")
				.access(rules.hasRole("ADMIN"))
				.requestMatchers("/api/v1/reports/**")
				.access(rules.hasRole("SUPERVISOR"))
				.anyRequest()
				.access(rules.hasRole("AGENT")))
			.httpBasic(basic -> basic.authenticationEntryPoint(problems))
			.addFilterBefore(new ApiTokenAuthenticationFilter(apiTokens, staffService, problems, problems),
					BasicAuthenticationFilter.class)
			.addFilterAfter(new TemporaryPasswordApiFilter(problems), BasicAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems)
				.accessDeniedHandler(new AccessDeniedAudit(auditLog, problems)))
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, LocaleResolver localeResolver,
			@Value("${spring.session.timeout:8h}") Duration idleTimeout, SessionLifetimeProperties lifetime,
			Clock clock, AuditLog auditLog, SecondFactorPolicy secondFactorPolicy, RoleHierarchy roleHierarchy,
			SecondFactorProperties secondFactorProperties, SecondFactors secondFactors,
			StaffUserDetailsService staffDetails, ObjectProvider<ClientRegistrationRepository> clientRegistrations,
			StaffOidcUserService oidcUsers) throws Exception {
		var rules = twoFactors(secondFactorPolicy, roleHierarchy);
		var sensitive = recentSecondFactor(secondFactorPolicy, roleHierarchy, secondFactorProperties.stepUpAfter());
		HttpSessionRequestCache pagesAskedFor = new HttpSessionRequestCache();
		pagesAskedFor.setRequestMatcher(
				request -> HttpMethod.GET.matches(request.getMethod()) && request.getHeader("HX-Request") == null);
		DelegatingMissingAuthorityAccessDeniedHandler deniedHandler = DelegatingMissingAuthorityAccessDeniedHandler
			.builder()
			.addEntryPointFor(new SecondFactorEntryPoint(), SecondFactorPolicy.TOTP_AUTHORITY)
			.addEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), FactorGrantedAuthority.PASSWORD_AUTHORITY)
			.build();
		deniedHandler.setRequestCache(pagesAskedFor);
		deniedHandler.setDefaultAccessDeniedHandler(new AccessDeniedAudit(auditLog, new AccessDeniedHandlerImpl()));
		http.authorizeHttpRequests(requests -> requests
			.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
			.permitAll()
			.requestMatchers("/login", "/login/sso-refused", "/error", "/assets/**", "/webjars/**", "/favicon.ico",
					"/survey/**")
			.permitAll()
			.requestMatchers(SecondFactorAuthenticationFilter.PAGE, SecondFactorAuthenticationFilter.PAGE + "/**")
			.access(AuthenticatedAuthorizationManager.authenticated())
			.requestMatchers(HttpMethod.POST, "/admin/staff", "/admin/staff/**")
			.access(sensitive.hasRole("ADMIN"))
			.requestMatchers(HttpMethod.POST, "/clients/*/erase", "/profile/tokens", "/profile/second-factor/**")
			.access(sensitive.hasRole("AGENT"))
			.requestMatchers("/admin/**")
			.access(rules.hasRole("ADMIN"))
			.requestMatchers("/reports/**")
			.access(rules.hasRole("SUPERVISOR"))
			.anyRequest()
			.access(rules.hasRole("AGENT")))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new SignInSuccessHandler(localeResolver))
				.failureUrl("/login?error")
				.permitAll())
			.with(new SingleSignOn(clientRegistrations, oidcUsers, localeResolver), Customizer.withDefaults())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.addFilterAfter(
					new SecondFactorAuthenticationFilter(secondFactors, staffDetails, new SecondFactorSuccessHandler()),
					UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
			.addFilterBefore(new SessionLifetimeFilter(idleTimeout, lifetime.absoluteTimeout(), clock),
					AuthorizationFilter.class)
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.requestCache(cache -> cache.requestCache(pagesAskedFor))
			.exceptionHandling(errors -> errors.accessDeniedHandler(deniedHandler))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

}
