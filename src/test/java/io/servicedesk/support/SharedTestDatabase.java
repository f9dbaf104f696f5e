package io.servicedesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Holds the one PostgreSQL of a test JVM, started on first use and stopped when the JVM
 * ends.
 */
public final class SharedTestDatabase {

	private static Boolean dockerAvailable;

	private static PostgreSQLContainer container;

	private static EmbeddedPostgres embedded;

	private static int leases;

	private SharedTestDatabase() {
	}

	static synchronized boolean dockerAvailable() {
		if (dockerAvailable == null) {
			boolean forcedEmbedded = Boolean.getBoolean("servicedesk.test.embedded-postgres");
			dockerAvailable = !forcedEmbedded && isDockerAvailable();
		}
		return dockerAvailable;
	}

	private static boolean isDockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	static synchronized PostgreSQLContainer container() {
		if (container == null) {
			container = new PostgreSQLContainer("postgres:18");
			container.start();
		}
		return container;
	}

	/**
	 * A test context's use of the embedded PostgreSQL. The server stops when the last
	 * context using it closes, after that context's connection pool: stopping it from a
	 * JVM shutdown hook of its own would race with the contexts' own shutdown, which
	 * still talks to the database.
	 */
	static synchronized EmbeddedLease leaseEmbedded() {
		if (embedded == null) {
			try {
				embedded = EmbeddedPostgres.builder()
					.setRegisterShutdownHook(false)
					.setServerConfig("max_connections", "200")
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
			}
		}
		leases++;
		return new EmbeddedLease(EmbeddedPostgresConnection.of(embedded));
	}

	private static synchronized void release() {
		leases--;
		if (leases == 0 && embedded != null) {
			try {
				embedded.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not stop the embedded PostgreSQL", ex);
			}
			finally {
				embedded = null;
			}
		}
	}

	public static final class EmbeddedLease implements AutoCloseable {

		private final JdbcConnectionDetails connection;

		private boolean released;

		private EmbeddedLease(JdbcConnectionDetails connection) {
			this.connection = connection;
		}

		JdbcConnectionDetails connection() {
			return connection;
		}

		@Override
		public synchronized void close() {
			if (!released) {
				released = true;
				release();
			}
		}

	}

	static final class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return dockerAvailable();
		}

	}

	static final class DockerUnavailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !dockerAvailable();
		}

	}

}
