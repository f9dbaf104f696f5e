package io.servicedesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.foreach;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.Cookie;
import static io.gatling.javaapi.http.HttpDsl.addCookie;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The desk under load, three kinds of visitors at once:
 * <ul>
 * <li><b>agents</b> (three quarters): open their inquiry queues (mine, my team, unassigned) and page through them,
 * search their team's inquiries, open an inquiry of their own and reply to the client; then search a client as they
 * type, open the client's 360° page, an account, the order lists and an order;</li>
 * <li><b>supervisors</b> (an eighth): open the complaint queue's views and its summary, a complaint, search all
 * inquiries, and open the reports with the data of their charts ({@code /reports/data/…}, what the page loads
 * with the signed-in session; {@code /api/v1/reports/…} takes API tokens) for this month and the last year;</li>
 * <li><b>integrations</b> (an eighth): create inquiries through the API with an API token.</li>
 * </ul>
 * One virtual user is one such visit, with or without the time a person spends on each page (where users pause,
 * a visit also starts after such a pause, so users started together do not all click at the same moment).
 * <p>
 * Settings (system properties): {@code bench.baseUrl}; {@code bench.agents} (comma-separated usernames),
 * {@code bench.supervisors} and {@code bench.password}; {@code bench.model} ({@code closed}: {@code bench.users}
 * concurrent users in all; {@code open}: {@code bench.rate} new visits a second in all), {@code bench.duration} in
 * seconds; {@code bench.pause}, the seconds a user spends on each page before the next request ({@code 1-4},
 * drawn evenly; {@code 0}, the default: no pause; where users pause, they type 150–350 ms a keystroke); the
 * dataset's size ({@code bench.clients}, {@code bench.accounts}, {@code bench.orders}) to pick
 * existing references; {@code bench.caseTerms}, a file of words for the full-text case search, one a line.
 */
public class DeskSimulation extends Simulation {

	private static final String BASE_URL = System.getProperty("bench.baseUrl", "http://localhost:8088");

	private static final String MODEL = System.getProperty("bench.model", "closed");

	private static final int USERS = Integer.getInteger("bench.users", 16);

	private static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "10"));

	private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("bench.duration", 60));

	/** Seconds a user spends on a page before the next request ({@code 1-4}); {@code 0}: no pause. */
	private static final String PAUSE = System.getProperty("bench.pause", "0");

	private static final int CLIENTS = Integer.getInteger("bench.clients", 200_000);

	private static final int ACCOUNTS = Integer.getInteger("bench.accounts", 300_000);

	private static final int ORDERS = Integer.getInteger("bench.orders", 1_000_000);

	private static final String PASSWORD = System.getProperty("bench.password", "demo");

	private static final List<String> AGENTS = usernames("bench.agents", "agent");

	private static final List<String> SUPERVISORS = usernames("bench.supervisors", "supervisor");

	private static final List<String> CASE_TERMS = readCaseTerms();

	private final SignedInSessions agentSessions = new SignedInSessions();

	private final SignedInSessions supervisorSessions = new SignedInSessions();

	private SignedInSessions.ApiToken apiToken;

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
		.acceptHeader("text/html,application/xhtml+xml")
		.acceptLanguageHeader("en")
		.disableFollowRedirect()
		.shareConnections();

	private static final String HOST = URI.create(BASE_URL).getHost();

	/** Search as you type: the term grows by a letter at a time, each keystroke an htmx request for the results. */
	private final ChainBuilder clientSearch = feed(csv("search-terms.csv").circular())
		.foreach(session -> prefixes(session.getString("term")), "typed")
		.on(exec(http("client search").get("/clients")
			.queryParam("q", "#{typed}")
			.header("HX-Request", "true")
			.check(status().is(200))).exec(typing()))
		.exec(reading());

	private final ChainBuilder clientPages = feed(references("clientNumber", "C-%06d", CLIENTS))
		.exec(http("client 360° page").get("/clients/#{clientNumber}").check(status().is(200)))
		.exec(reading())
		.feed(references("accountNumber", "A-%06d", ACCOUNTS))
		.exec(http("account page").get("/accounts/#{accountNumber}").check(status().is(200)))
		.exec(reading());

	private final ChainBuilder orders = exec(http("order list").get("/orders").check(status().is(200)))
		.exec(reading())
		.exec(http("delayed orders").get("/orders").queryParam("delayed", "true").check(status().is(200)))
		.exec(reading())
		.feed(references("orderNumber", "O-%06d", ORDERS))
		.exec(http("order page").get("/orders/#{orderNumber}").check(status().is(200)))
		.exec(reading());

	/**
	 * The agent's queues: each view's first page as a full page, the next page as htmx does it (following the
	 * page's own "next" link), then a full-text search of the team's inquiries.
	 */
	private final ChainBuilder inquiryQueues = foreach(List.of("mine", "team", "unassigned"), "view")
		.on(exec(session -> session.remove("next").remove("listedInquiry"))
			.exec(http("inquiry queue #{view}").get("/inquiries")
				.queryParam("view", "#{view}")
				.check(status().is(200))
				.check(regex("id=\"next-inquiries\"[^>]*?href=\"([^\"]+)\"").transform(href -> href == null ? null : unescape(href))
					.optional()
					.saveAs("next"))
				.check(regex("class=\"inquiry-link\" href=\"/inquiries/([^\"]+)\"").findRandom()
					.optional()
					.saveAs("listedInquiry")))
			.exec(session -> "mine".equals(session.getString("view")) && session.contains("listedInquiry")
					? session.set("mineInquiry", session.getString("listedInquiry")) : session)
			.exec(reading())
			.doIf("#{next.exists()}")
			.then(exec(http("inquiry queue next page").get("#{next}")
				.header("HX-Request", "true")
				.check(status().is(200))).exec(reading())))
		.feed(caseTermFeeder())
		.exec(http("inquiry search (team)").get("/inquiries")
			.queryParam("view", "team")
			.queryParam("q", "#{caseTerm}")
			.header("HX-Request", "true")
			.check(status().is(200)))
		.exec(reading());

	/** The agent opens one of their own inquiries and replies to the client. */
	private final ChainBuilder inquiryReply = doIf("#{mineInquiry.exists()}")
		.then(exec(http("inquiry page").get("/inquiries/#{mineInquiry}")
			.check(status().is(200))
			.check(regex("name=\"csrf-token\" content=\"([^\"]+)\"").saveAs("csrf"))
			.check(regex("name=\"version\" value=\"(\\d+)\"").saveAs("version")))
			.exec(reading())
			.exec(http("inquiry reply").post("/inquiries/#{mineInquiry}/messages")
				.formParam("visibility", "PUBLIC")
				.formParam("version", "#{version}")
				.formParam("body", "Thank you for your patience, we are looking into it and will write again today.")
				.formParam("_csrf", "#{csrf}")
				// 302: sent; 409: another session replied to the same inquiry a moment earlier (stale version)
				.check(status().in(302, 409)))
			.exec(reading()));

	/** The supervisor's complaint queue: each view, the summary behind its charts, and one complaint. */
	private final ChainBuilder complaintQueue = foreach(
			List.of("needs_review", "at_risk", "forwarded_overdue", "open"), "complaintView")
		.on(exec(http("complaint queue #{complaintView}").get("/complaints")
			.queryParam("view", "#{complaintView}")
			.check(status().is(200))
			.check(regex("class=\"complaint-link\" href=\"/complaints/([^\"]+)\"").findRandom()
				.optional()
				.saveAs("complaint")))
			.exec(http("complaint summary").get("/complaints/summary")
				.header("Accept", "application/json")
				.check(status().is(200)))
			.exec(reading()))
		.doIf("#{complaint.exists()}")
		.then(exec(http("complaint page").get("/complaints/#{complaint}").check(status().is(200))).exec(reading()))
		.feed(caseTermFeeder())
		.exec(http("inquiry search (all)").get("/inquiries")
			.queryParam("view", "all")
			.queryParam("q", "#{caseTerm}")
			.header("HX-Request", "true")
			.check(status().is(200)))
		.exec(reading());

	/** The reports page and the data of its charts, for this month and for the last twelve months. */
	private final ChainBuilder reports = exec(http("reports page").get("/reports").check(status().is(200)))
		.exec(session -> session.set("monthFrom", LocalDate.now().withDayOfMonth(1).toString())
			.set("yearFrom", LocalDate.now().minusYears(1).plusDays(1).toString())
			.set("today", LocalDate.now().toString()))
		.exec(http("report KPIs, month").get("/reports/data/kpis?from=#{monthFrom}&to=#{today}")
			.header("Accept", "application/json")
			.check(status().is(200)))
		.exec(http("report trends, month").get("/reports/data/series?from=#{monthFrom}&to=#{today}")
			.header("Accept", "application/json")
			.check(status().is(200)))
		.exec(http("report KPIs, year").get("/reports/data/kpis?from=#{yearFrom}&to=#{today}")
			.header("Accept", "application/json")
			.check(status().is(200)))
		.exec(reading());

	private final ScenarioBuilder agent = scenario("agent").feed(this.agentSessions)
		.exec(addCookie(Cookie("SESSION", "#{sessionId}").withDomain(HOST).withPath("/")))
		.exec(reading())
		.exec(this.inquiryQueues, this.inquiryReply, this.clientSearch, this.clientPages, this.orders);

	private final ScenarioBuilder supervisor = scenario("supervisor").feed(this.supervisorSessions)
		.exec(addCookie(Cookie("SESSION", "#{sessionId}").withDomain(HOST).withPath("/")))
		.exec(reading())
		.exec(this.complaintQueue, Boolean.parseBoolean(System.getProperty("bench.reports", "true")) ? this.reports
				: exec(session -> session));

	private final ScenarioBuilder integration = scenario("integration").exec(reading())
		.feed(references("clientNumber", "C-%06d", CLIENTS))
		.exec(session -> session.set("idempotencyKey", UUID.randomUUID().toString())
			.set("token", this.apiToken.secret()))
		.exec(http("API: create inquiry").post("/api/v1/inquiries")
			.header("Authorization", "Bearer #{token}")
			.header("Idempotency-Key", "#{idempotencyKey}")
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.body(StringBody("""
					{"clientNumber":"#{clientNumber}","channel":"WEB_FORM","subject":"Question about my last invoice",\
					"body":"Hello, the amount on my last invoice looks higher than usual. Could you check it, please?"}"""))
			.check(status().is(201)))
		.exec(reading());

	public DeskSimulation() {
		setUp(population(this.agent, 6), population(this.supervisor, 1), population(this.integration, 1))
			.protocols(this.protocol);
	}

	@Override
	public void before() {
		int users = MODEL.equals("closed") ? USERS : 64;
		this.agentSessions.signIn(BASE_URL, AGENTS, PASSWORD, Math.max(AGENTS.size(), users));
		this.supervisorSessions.signIn(BASE_URL, SUPERVISORS, PASSWORD, Math.max(SUPERVISORS.size(), users / 4));
		this.apiToken = SignedInSessions.ApiToken.create(BASE_URL, SUPERVISORS.get(0), PASSWORD);
	}

	@Override
	public void after() {
		if (this.apiToken != null) {
			this.apiToken.revoke();
		}
	}

	/** A share of the load in eighths: agents 6, supervisors 1, integrations 1. */
	private static PopulationBuilder population(ScenarioBuilder scenario, int eighths) {
		return switch (MODEL) {
			case "open" -> scenario.injectOpen(constantUsersPerSec(RATE * eighths / 8).during(DURATION));
			case "closed" -> scenario.injectClosed(
					constantConcurrentUsers(Math.max(1, Math.round(USERS * eighths / 8f))).during(DURATION));
			default -> throw new IllegalArgumentException("bench.model is open or closed, not " + MODEL);
		};
	}

	/**
	 * The time a user spends on what a request showed them before the next one, drawn evenly from
	 * {@code bench.pause} (none when it is 0).
	 */
	private static ChainBuilder reading() {
		if (PAUSE.equals("0")) {
			return exec(session -> session);
		}
		String[] seconds = PAUSE.split("-");
		double min = Double.parseDouble(seconds[0]);
		double max = Double.parseDouble(seconds[seconds.length - 1]);
		return pause(Duration.ofMillis(Math.round(min * 1000)), Duration.ofMillis(Math.round(max * 1000)));
	}

	/** Between two keystrokes of a search as you type, 150–350 ms where users pause at all. */
	private static ChainBuilder typing() {
		return PAUSE.equals("0") ? exec(session -> session) : pause(Duration.ofMillis(150), Duration.ofMillis(350));
	}

	/** "müll" is typed as "mü", "mül", "müll": the search starts at the second letter. */
	private static List<String> prefixes(String term) {
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

	private static Iterator<Map<String, Object>> caseTermFeeder() {
		return Stream.generate(() -> Map.<String, Object>of("caseTerm",
				CASE_TERMS.get(ThreadLocalRandom.current().nextInt(CASE_TERMS.size()))))
			.iterator();
	}

	private static List<String> readCaseTerms() {
		String file = System.getProperty("bench.caseTerms");
		if (file == null || file.isBlank()) {
			return List.of("invoice", "delivery", "refund", "password", "address", "payment");
		}
		try {
			List<String> terms = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)
				.stream()
				.map(String::strip)
				.filter(term -> !term.isEmpty())
				.toList();
			if (terms.isEmpty()) {
				throw new IllegalStateException("No search terms in " + file);
			}
			return terms;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> usernames(String property, String fallback) {
		return Arrays.stream(System.getProperty(property, fallback).split(","))
			.map(String::strip)
			.filter(name -> !name.isEmpty())
			.toList();
	}

	private static String unescape(String html) {
		return html.replace("&amp;", "&");
	}

}
