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
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
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
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
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
			PasswordEncoder passwordEncoder, SignInThrottle throttle, AuditLog auditLog) {
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
		});
		return new ThrottlingAuthenticationProvider(passwords, throttle, auditLog);
	}

	@Bean
	ApiProblemResponder apiProblemResponder(JsonMapper jsonMapper, MessageSource messageSource,
			LocaleResolver localeResolver) {
		return new ApiProblemResponder(jsonMapper, messageSource, localeResolver);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiProblemResponder problems, ApiTokens apiTokens,
			StaffService staffService, AuditLog auditLog) throws Exception {
		http.securityMatcher("/api/**", "/actuator/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/prometheus", "/actuator/info")
				.hasRole("ADMIN")
				.requestMatchers("/api/v1/staff/**", "/api/v1/outgoing-messages/**", "/api/v1/incoming-mail/**",
						"/api/v1/teams/**", "/api/v1/sla-policies/**", "/api/v1/business-hours/**")
				.hasRole("ADMIN")
				.requestMatchers("/api/v1/reports/**")
				.hasRole("SUPERVISOR")
				.anyRequest()
				.hasRole("AGENT"))
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
			Clock clock, AuditLog auditLog) throws Exception {
		http.authorizeHttpRequests(
				requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
					.permitAll()
					.requestMatchers("/login", "/error", "/assets/**", "/webjars/**", "/favicon.ico", "/survey/**")
					.permitAll()
					.requestMatchers("/admin/**")
					.hasRole("ADMIN")
					.requestMatchers("/reports/**")
					.hasRole("SUPERVISOR")
					.anyRequest()
					.hasRole("AGENT"))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new SignInSuccessHandler(localeResolver))
				.failureUrl("/login?error")
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.addFilterAfter(new PasswordChangeRequiredFilter(), AuthorizationFilter.class)
			.addFilterBefore(new SessionLifetimeFilter(idleTimeout, lifetime.absoluteTimeout(), clock),
					AuthorizationFilter.class)
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(errors -> errors
				.accessDeniedHandler(new AccessDeniedAudit(auditLog, new AccessDeniedHandlerImpl())))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		return http.build();
	}

}
