package io.servicedesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.servicedesk.support.HttpSession;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under a running application and comes back: meanwhile every
 * request is answered 503 within two seconds (the API with a problem and
 * {@code Retry-After}, pages with the translated page, health DOWN), thirty at once too;
 * afterwards the same application serves again without a restart, signed-in sessions
 * included, and what was saved before is all there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "servicedesk.demo-data.enabled=false", "servicedesk.security.mfa.required-roles=",
				"servicedesk.admin.username=outage-admin", "servicedesk.admin.password=" + DatabaseOutageTest.PASSWORD,
				"spring.task.scheduling.enabled=false", "server.servlet.session.cookie.name=SESSION",
				"server.servlet.session.cookie.secure=false" })
@Import(DatabaseOutageTest.StoppableDatabase.class)
class DatabaseOutageTest {

	static final String PASSWORD = "a long outage password";

	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void duringAnOutageEveryRequestIsA503AndAfterItTheApplicationServesAgainWithNothingLost() throws Exception {
		String client = createClient("Before Outage");
		HttpSession browser = new HttpSession(port);
		browser.signIn("outage-admin", PASSWORD);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);

		StoppableDatabase.stop();
		try {
			long started = System.nanoTime();
			HttpResponse<String> api = api("GET", "/api/v1/clients/" + client, null);
			Duration apiTook = Duration.ofNanos(System.nanoTime() - started);
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Retry-After")).isPresent();
			assertThat(api.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(apiTook).isLessThan(ANSWER_WITHIN);

			started = System.nanoTime();
			HttpResponse<String> write = api("POST", "/api/v1/clients",
					"{\"kind\": \"INDIVIDUAL\", \"name\": \"During Outage\", \"preferredLanguage\": \"en\"}");
			assertThat(write.statusCode()).isEqualTo(503);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ANSWER_WITHIN);

			started = System.nanoTime();
			HttpResponse<String> page = browser.get("/");
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ANSWER_WITHIN);
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).isPresent();
			assertThat(page.body()).contains("Temporarily unavailable").doesNotContain("Exception");

			// many at once: the first to find the database gone tells the gate, and those
			// queued behind them are answered at once instead of waiting their turn
			started = System.nanoTime();
			List<CompletableFuture<HttpResponse<String>>> together = new ArrayList<>();
			for (int i = 0; i < 30; i++) {
				together.add(http.sendAsync(apiRequest("GET", "/api/v1/clients/" + client, null),
						HttpResponse.BodyHandlers.ofString()));
			}
			for (CompletableFuture<HttpResponse<String>> answer : together) {
				assertThat(answer.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(503);
			}
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(ANSWER_WITHIN);

			HttpResponse<String> health = http.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("DOWN");
		}
		finally {
			StoppableDatabase.start();
		}

		HttpResponse<String> again = waitUntilServed("/api/v1/clients/" + client);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("Before Outage");
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		assertThat(api("GET", "/api/v1/clients?q=During%20Outage", null).body()).doesNotContain("During Outage");
		assertThat(createClient("After Outage")).startsWith("C-");
	}

	private String createClient(String name) throws Exception {
		HttpResponse<String> created = api("POST", "/api/v1/clients",
				"{\"kind\": \"INDIVIDUAL\", \"name\": \"" + name + "\", \"preferredLanguage\": \"en\"}");
		assertThat(created.statusCode()).isEqualTo(201);
		return created.body().replaceAll("(?s).*\"number\"\\s*:\\s*\"(C-[0-9]+)\".*", "$1");
	}

	private HttpResponse<String> waitUntilServed(String path) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		HttpResponse<String> answer = api("GET", path, null);
		while (answer.statusCode() == 503 && System.nanoTime() < deadline) {
			Thread.sleep(250);
			answer = api("GET", path, null);
		}
		return answer;
	}

	private HttpResponse<String> api(String method, String path, String json) throws Exception {
		return http.send(apiRequest(method, path, json), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest apiRequest(String method, String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString(("outage-admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json");
		if (json == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		return request.build();
	}

	/**
	 * A PostgreSQL of this test alone, on a fixed port and data directory so that it
	 * comes back where the application's connection pool looks for it.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class StoppableDatabase {

		private static Path directory;

		private static int databasePort;

		private static EmbeddedPostgres running;

		static synchronized EmbeddedPostgres start() {
			try {
				if (directory == null) {
					directory = Files.createTempDirectory("outage-postgres");
					try (ServerSocket socket = new ServerSocket(0)) {
						databasePort = socket.getLocalPort();
					}
				}
				running = EmbeddedPostgres.builder()
					.setDataDirectory(directory)
					.setCleanDataDirectory(false)
					.setRegisterShutdownHook(false)
					.setPort(databasePort)
					.start();
				return running;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		static synchronized void stop() {
			try {
				running.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Bean(destroyMethod = "")
		EmbeddedPostgres outagePostgres() {
			return start();
		}

		@Bean
		JdbcConnectionDetails outageDatabaseConnection(EmbeddedPostgres outagePostgres) {
			String url = outagePostgres.getJdbcUrl("postgres", "postgres");
			return new JdbcConnectionDetails() {
				@Override
				public String getJdbcUrl() {
					return url;
				}

				@Override
				public String getUsername() {
					return "postgres";
				}

				@Override
				public String getPassword() {
					return "";
				}
			};
		}

	}

}
