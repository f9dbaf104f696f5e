package io.servicedesk.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import io.servicedesk.shared.Foreground;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More requests at once than the application serves queue at the gate and are all served,
 * one place at a time; one that waited too long, or that would wait while the database is
 * out of reach, is answered 503 with {@code Retry-After}.
 */
class RequestGateFilterTest {

	private final ExecutorService threads = Executors.newCachedThreadPool();

	private final StandaloneErrorPages pages = errorPages();

	/** Holds every request inside until it is opened. */
	private final CountDownLatch open = new CountDownLatch(1);

	private final AtomicInteger inside = new AtomicInteger();

	private final AtomicInteger mostInside = new AtomicInteger();

	private final FilterChain application = (request, response) -> {
		mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
		try {
			open.await(30, TimeUnit.SECONDS);
			((HttpServletResponse) response).setStatus(200);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
		finally {
			inside.decrementAndGet();
		}
	};

	@AfterEach
	void stopThreads() {
		open.countDown();
		threads.shutdownNow();
	}

	@Test
	void requestsBeyondTheLimitQueueAndAreAllServedOneAtATime() throws Exception {
		RequestGateFilter filter = new RequestGateFilter(new RequestGate(1, Duration.ofSeconds(30)), pages,
				new Foreground(Duration.ofMillis(250)));
		List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			answers.add(threads.submit(() -> send(filter, page("/inquiries"), application)));
		}
		awaitTrue(() -> filter.gate().waiting() == 5);
		assertThat(inside.get()).isEqualTo(1);

		open.countDown();

		for (Future<MockHttpServletResponse> answer : answers) {
			assertThat(answer.get(30, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		}
		assertThat(mostInside.get()).isEqualTo(1);
		assertThat(filter.gate().inside()).isZero();
	}

	@Test
	void aRequestThatWaitedAsLongAsItMayIsAnswered503WithATimeToTryAgain() throws Exception {
		RequestGateFilter filter = new RequestGateFilter(new RequestGate(1, Duration.ofMillis(300)), pages,
				new Foreground(Duration.ofMillis(250)));
		Future<MockHttpServletResponse> first = threads.submit(() -> send(filter, page("/"), application));
		awaitTrue(() -> inside.get() == 1);

		MockHttpServletResponse api = send(filter, api("/api/v1/clients"), application);
		MockHttpServletRequest german = page("/clients");
		german.addPreferredLocale(Locale.GERMAN);
		MockHttpServletResponse page = send(filter, german, application);

		assertThat(api.getStatus()).isEqualTo(503);
		assertThat(api.getHeader("Retry-After")).isEqualTo("10");
		assertThat(api.getContentType()).startsWith("application/problem+json");
		assertThat(api.getContentAsString()).contains("\"status\":503").contains("very busy");
		assertThat(page.getStatus()).isEqualTo(503);
		assertThat(page.getHeader("Retry-After")).isEqualTo("10");
		assertThat(page.getContentAsString()).contains("Vorübergehend nicht verfügbar").contains("stark ausgelastet");
		assertThat(mostInside.get()).isEqualTo(1);
		open.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
	}

	@Test
	void onceARequestFindsTheDatabaseOutOfReachTheWaitingAreAnswered503AtOnce() throws Exception {
		RequestGateFilter filter = new RequestGateFilter(new RequestGate(1, Duration.ofSeconds(30)), pages,
				new Foreground(Duration.ofMillis(250)));
		CountDownLatch databaseGone = new CountDownLatch(1);
		FilterChain outage = (request, response) -> {
			inside.incrementAndGet();
			try {
				databaseGone.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
			// as DatabaseOutageFilter answers it
			((HttpServletResponse) response).setStatus(503);
		};
		Future<MockHttpServletResponse> failing = threads.submit(() -> send(filter, page("/"), outage));
		awaitTrue(() -> inside.get() == 1);
		Future<MockHttpServletResponse> waiting = threads.submit(() -> send(filter, api("/api/v1/clients"), outage));
		awaitTrue(() -> filter.gate().waiting() == 1);

		long started = System.nanoTime();
		databaseGone.countDown();
		MockHttpServletResponse refused = waiting.get(5, TimeUnit.SECONDS);

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		assertThat(failing.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(503);
		assertThat(refused.getStatus()).isEqualTo(503);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("10");
		assertThat(refused.getContentAsString()).contains("cannot reach its database");
		assertThat(inside.get()).as("the waiting request never went in").isEqualTo(1);

		// a free place still lets the next request try the database, and its success
		// lets requests queue again
		open.countDown();
		assertThat(send(filter, page("/"), application).getStatus()).isEqualTo(200);
		assertThat(filter.gate().inside()).isZero();
	}

	@Test
	void staticFilesAndTheHealthEndpointPassWhileAllPlacesAreTaken() throws Exception {
		RequestGateFilter filter = new RequestGateFilter(new RequestGate(1, Duration.ofSeconds(30)), pages,
				new Foreground(Duration.ofMillis(250)));
		threads.submit(() -> send(filter, page("/"), application));
		awaitTrue(() -> inside.get() == 1);
		FilterChain file = (request, response) -> ((HttpServletResponse) response).setStatus(200);

		for (String path : List.of("/assets/css/app.css", "/webjars/bootstrap/css/bootstrap.min.css",
				"/actuator/health", "/actuator/health/readiness", "/favicon.ico")) {
			long started = System.nanoTime();
			assertThat(send(filter, page(path), file).getStatus()).as(path).isEqualTo(200);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as(path).isLessThan(Duration.ofSeconds(1));
		}
		assertThat(filter.gate().waiting()).isZero();
	}

	@Test
	void theRequestsAdmittedAreCountedAsForegroundWorkUntilTheyAreServed() throws Exception {
		Foreground foreground = new Foreground(Duration.ofMillis(250));
		RequestGateFilter filter = new RequestGateFilter(new RequestGate(2, Duration.ofSeconds(30)), pages, foreground);
		threads.submit(() -> send(filter, page("/inquiries"), application));
		threads.submit(() -> send(filter, page("/complaints"), application));
		awaitTrue(() -> inside.get() == 2);

		assertThat(foreground.serving()).isEqualTo(2);
		assertThat(send(filter, page("/assets/css/app.css"),
				(request, response) -> assertThat(foreground.serving()).isEqualTo(2))
			.getStatus()).isEqualTo(200);

		open.countDown();
		awaitTrue(() -> foreground.serving() == 0);
	}

	private static MockHttpServletResponse send(RequestGateFilter filter, MockHttpServletRequest request,
			FilterChain chain) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response;
	}

	private static MockHttpServletRequest page(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addPreferredLocale(Locale.ENGLISH);
		return request;
	}

	private static MockHttpServletRequest api(String path) {
		MockHttpServletRequest request = page(path);
		request.addHeader("Accept", "application/json");
		return request;
	}

	private static StandaloneErrorPages errorPages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages", "i18n/requests");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(templates);
		engine.setTemplateEngineMessageSource(messages);
		AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();
		return new StandaloneErrorPages(engine, new ErrorTexts(messages),
				new ApiProblems(JsonMapper.builder().build(), messages, locales), locales);
	}

	private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 10 s in vain").isLessThan(deadline);
			Thread.sleep(5);
		}
	}

}
