package io.servicedesk.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Connection details of an embedded PostgreSQL's {@code postgres} database, for Spring
 * Boot's data source.
 */
record EmbeddedPostgresConnection(String getJdbcUrl, String getUsername,
		String getPassword) implements JdbcConnectionDetails {

	static EmbeddedPostgresConnection of(EmbeddedPostgres postgres) {
		return new EmbeddedPostgresConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
	}

}
