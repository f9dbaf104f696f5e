package io.servicedesk;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import io.servicedesk.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations build the whole schema on an empty database, as a new production
 * installation does.
 */
@IntegrationTest
class MigrationsTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcConnectionDetails connection;

	@Test
	void migrationsApplyOnAnEmptyDatabase() {
		String database = "migrations_" + UUID.randomUUID().toString().replace("-", "");
		JdbcTemplate server = new JdbcTemplate(dataSource);
		server.execute("create database " + database);
		try {
			DataSource empty = dataSourceFor(database);
			MigrateResult result = Flyway.configure()
				.dataSource(empty)
				.locations("classpath:db/migration")
				.load()
				.migrate();

			assertThat(result.success).isTrue();
			assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(3);
			List<String> tables = new JdbcTemplate(empty).queryForList(
					"select table_name from information_schema.tables where table_schema = 'public'", String.class);
			assertThat(tables).contains("staff", "team", "audit_entry", "sign_in_throttle", "spring_session",
					"spring_session_attributes", "event_publication");
		}
		finally {
			server.execute("drop database if exists " + database + " with (force)");
		}
	}

	private DataSource dataSourceFor(String database) {
		String url = connection.getJdbcUrl();
		int query = url.indexOf('?');
		String path = query < 0 ? url : url.substring(0, query);
		String otherDatabase = path.substring(0, path.lastIndexOf('/') + 1) + database
				+ (query < 0 ? "" : url.substring(query));
		return new SimpleDriverDataSource(new org.postgresql.Driver(), otherDatabase, connection.getUsername(),
				connection.getPassword());
	}

}
