package io.servicedesk.bench;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Fifty people signed in at once, each sending several requests of one session in parallel (as several tabs do, or a
 * page and its htmx fragments), for a minute: not one answer may be a server error. Each user signs in through the
 * form, then repeats a page with five requests of the same session fired together. Run by {@code bench/parallel-run}
 * (README, "Parallel sessions"); not timed in the test suite.
 */
public class ParallelSessionsSimulation extends Simulation {

	private static final String BASE_URL = System.getProperty("bench.baseUrl", "http://localhost:8089");

	private static final int USERS = Integer.getInteger("bench.users", 50);

	private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("bench.duration", 60));

	private static final String[] AGENTS = System.getProperty("bench.agents", "agent,agent2").split(",");

	private static final String PASSWORD = System.getProperty("bench.password", "demo");

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("text/html")
		.disableCaching()
		.maxConnectionsPerHost(5)
		.check(status().lt(500));

	private final ScenarioBuilder parallelTabs = scenario("parallel requests per session")
		.exec(session -> session.set("username", AGENTS[(int) (session.userId() % AGENTS.length)]))
		.exec(http("sign-in page").get("/login").check(css("input[name=_csrf]", "value").saveAs("csrf")))
		.exec(http("sign in").post("/login")
			.formParam("username", "#{username}")
			.formParam("password", PASSWORD)
			.formParam("_csrf", "#{csrf}")
			.disableFollowRedirect()
			.check(status().is(302)))
		.during(DURATION)
		.on(http("home").get("/")
			.resources(http("notifications").get("/notifications"), http("inquiries").get("/inquiries"),
					http("complaints").get("/complaints"), http("clients").get("/clients"),
					http("profile").get("/profile")));

	{
		setUp(parallelTabs.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(5)))).protocols(protocol)
			.assertions(global().failedRequests().count().is(0L));
	}

}
