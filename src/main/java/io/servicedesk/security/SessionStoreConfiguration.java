package io.servicedesk.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * How sessions are kept in the database. Two requests of one session that arrive at once
 * (several tabs, htmx requests beside a page) may each be the first to store the same
 * attribute, the CSRF token right after sign-in above all: the attribute insert is an
 * upsert, so the second one updates the row instead of failing on the primary key.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer concurrentAttributeInserts() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
