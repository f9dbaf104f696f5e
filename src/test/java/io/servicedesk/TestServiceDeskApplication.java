package io.servicedesk;

import io.servicedesk.support.DevelopmentDatabaseConfiguration;
import io.servicedesk.support.DevelopmentMailServerConfiguration;

import org.springframework.boot.SpringApplication;

/**
 * The quick start: the application with demo data on an embedded PostgreSQL whose data
 * directory survives restarts, and an embedded mail server with the desk's mailbox and a
 * mailbox per client. Run it with {@code ./mvnw spring-boot:test-run}. It lives with the
 * tests so that the production jar carries no PostgreSQL binaries and no mail server.
 */
public class TestServiceDeskApplication {

	public static void main(String[] args) {
		SpringApplication.from(ServiceDeskApplication::main)
			.with(DevelopmentDatabaseConfiguration.class, DevelopmentMailServerConfiguration.class)
			.withAdditionalProfiles("demo", "dev-mail")
			.run(args);
	}

}
