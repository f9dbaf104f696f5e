package io.servicedesk.support;

import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The database of the tests: always a real PostgreSQL, one per test JVM whatever the
 * number of test contexts. Testcontainers' {@code postgres:18} where a Docker engine
 * answers, an embedded PostgreSQL 18 where none does.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean
	@ServiceConnection
	@Conditional(SharedTestDatabase.DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return SharedTestDatabase.container();
	}

	@Bean
	@Conditional(SharedTestDatabase.DockerUnavailable.class)
	SharedTestDatabase.EmbeddedLease embeddedPostgres() {
		return SharedTestDatabase.leaseEmbedded();
	}

	@Bean
	@Conditional(SharedTestDatabase.DockerUnavailable.class)
	JdbcConnectionDetails embeddedPostgresConnection(SharedTestDatabase.EmbeddedLease embeddedPostgres) {
		return embeddedPostgres.connection();
	}

}
