package io.servicedesk.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A real PostgreSQL for the quick start, started and stopped with the application. Its
 * data directory ({@code .data/postgres} under the project unless
 * {@code servicedesk.dev-db.directory} says otherwise) is kept, so a restart finds
 * everything as it was left.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DevelopmentDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DevelopmentDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres developmentPostgres(@Value("${servicedesk.dev-db.directory:.data/postgres}") Path directory,
			@Value("${servicedesk.dev-db.port:54329}") int port,
			@Value("${servicedesk.dev-db.shared-buffers:128MB}") String sharedBuffers) throws IOException {
		Files.createDirectories(directory);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory.toAbsolutePath())
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setPort(port)
			.setServerConfig("max_connections", "100")
			.setServerConfig("shared_buffers", sharedBuffers)
			.start();
		log.info("Embedded PostgreSQL on port {} with data in {}", port, directory.toAbsolutePath());
		return postgres;
	}

	@Bean
	JdbcConnectionDetails developmentDatabaseConnection(EmbeddedPostgres developmentPostgres) {
		return EmbeddedPostgresConnection.of(developmentPostgres);
	}

}
