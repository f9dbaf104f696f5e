package io.servicedesk;

import io.servicedesk.support.DevelopmentDatabaseConfiguration;

import org.springframework.boot.SpringApplication;

/**
 * The quick start: the application with demo data on an embedded PostgreSQL whose data
 * directory survives restarts. Run it with {@code ./mvnw spring-boot:test-run}. It lives
 * with the tests so that the production jar carries no PostgreSQL binaries.
 */
public class TestServiceDeskApplication {

	public static void main(String[] args) {
		SpringApplication.from(ServiceDeskApplication::main)
			.with(DevelopmentDatabaseConfiguration.class)
			.withAdditionalProfiles("demo")
			.run(args);
	}

}
