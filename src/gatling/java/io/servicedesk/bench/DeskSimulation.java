package io.servicedesk.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The desk under load: agents search clients as they type, open the client's 360° page, an account, the order
 * lists and an order. One virtual user is one such visit.
 * <p>
 * Settings (system properties): {@code bench.baseUrl}, {@code bench.username} and {@code bench.password} (an agent
 * of the dataset), {@code bench.model} ({@code closed}: {@code bench.users} concurrent users; {@code open}:
 * {@code bench.rate} new visits a second), {@code bench.duration} in seconds, and the dataset's size
 * ({@code bench.clients}, {@code bench.accounts}, {@code bench.orders}) to pick existing references.
 */
public class DeskSimulation extends Simulation {

	private static final String BASE_URL = System.getProperty("bench.baseUrl", "http://localhost:8088");

	private static final String MODEL = System.getProperty("bench.model", "closed");

	private static final int USERS = Integer.getInteger("bench.users", 16);

	private static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "10"));

	private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("bench.duration", 60));

	private static final int CLIENTS = Integer.getInteger("bench.clients", 200_000);

	private static final int ACCOUNTS = Integer.getInteger("bench.accounts", 300_000);

	private static final int ORDERS = Integer.getInteger("bench.orders", 1_000_000);

	private final SignedInSessions sessions = new SignedInSessions();

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("text/html,application/xhtml+xml")
		.acceptLanguageHeader("en")
		.disableFollowRedirect()
		.shareConnections();

	/** Search as you type: the term grows by a letter at a time, each keystroke an htmx request for the results. */
	private final ChainBuilder clientSearch = feed(csv("search-terms.csv").circular())
		.foreach(session -> prefixes(session.getString("term")), "typed")
		.on(exec(http("client search").get("/clients")
			.queryParam("q", "#{typed}")
			.header("HX-Request", "true")
			.check(status().is(200))));

	private final ChainBuilder clientPages = feed(references("clientNumber", "C-%06d", CLIENTS))
		.exec(http("client 360° page").get("/clients/#{clientNumber}").check(status().is(200)))
		.feed(references("accountNumber", "A-%06d", ACCOUNTS))
		.exec(http("account page").get("/accounts/#{accountNumber}").check(status().is(200)));

	private final ChainBuilder orders = exec(http("order list").get("/orders").check(status().is(200)))
		.exec(http("delayed orders").get("/orders").queryParam("delayed", "true").check(status().is(200)))
		.feed(references("orderNumber", "O-%06d", ORDERS))
		.exec(http("order page").get("/orders/#{orderNumber}").check(status().is(200)));

	private final ScenarioBuilder agent = scenario("agent")
		.feed(sessions)
		.exec(addCookie(Cookie("SESSION", "#{sessionId}").withDomain(URI.create(BASE_URL).getHost()).withPath("/")))
		.exec(clientSearch, clientPages, orders);

	public DeskSimulation() {
		setUp(population(agent)).protocols(protocol);
	}

	@Override
	public void before() {
		sessions.signIn(BASE_URL, System.getProperty("bench.username", "agent"),
				System.getProperty("bench.password", "demo"), Math.max(USERS, 64));
	}

	private static PopulationBuilder population(ScenarioBuilder scenario) {
		return switch (MODEL) {
			case "open" -> scenario.injectOpen(constantUsersPerSec(RATE).during(DURATION));
			case "closed" -> scenario.injectClosed(constantConcurrentUsers(USERS).during(DURATION));
			default -> throw new IllegalArgumentException("bench.model is open or closed, not " + MODEL);
		};
	}

	/** "müll" is typed as "mü", "mül", "müll": the search starts at the second letter. */
	private static java.util.List<String> prefixes(String term) {
		return Stream.iterate(Math.min(2, term.length()), length -> length <= term.length(), length -> length + 1)
			.map(length -> term.substring(0, length))
			.toList();
	}

	/** Existing references of the reference dataset, numbered from 1 without gaps. */
	private static Iterator<Map<String, Object>> references(String key, String format, int count) {
		return Stream.generate(
				() -> Map.<String, Object>of(key, format.formatted(ThreadLocalRandom.current().nextInt(1, count + 1))))
			.iterator();
	}

}
