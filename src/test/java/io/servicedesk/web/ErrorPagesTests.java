package io.servicedesk.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.servicedesk.support.HttpSession;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.stereotype.Controller;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages are shown inside the page frame; a server error shows a reference that the
 * log has too, and never a stack trace.
 */
@IntegrationTest
@Import(ErrorPagesTests.FailingPage.class)
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Test
	void aServerErrorShowsAReferenceThatIsAlsoInTheLog(CapturedOutput output) {
		HttpSession browser = new HttpSession(port);
		browser.signIn("agent", "demo");

		HttpResponse<String> page = browser.get("/test-only/failure");

		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.body()).contains("Something went wrong")
			.contains("id=\"main-navigation\"")
			.doesNotContain("IllegalStateException")
			.doesNotContain("at io.servicedesk");
		String reference = page.body().replaceAll("(?s).*Reference for the administrator: (ERR-[0-9A-F]{8}).*", "$1");
		assertThat(reference).startsWith("ERR-").hasSize(12);
		assertThat(output.getAll()).contains(reference).contains("deliberate failure");
	}

	@Test
	void anUnknownAddressShowsTheNotFoundPageInTheFrame() {
		HttpSession browser = new HttpSession(port);
		browser.signIn("agent", "demo");

		HttpResponse<String> page = browser.get("/no/such/page");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Page not found").contains("id=\"main-navigation\"");
	}

	@Test
	void aForbiddenPageIsShownInTheFrameWithTheNavigation() {
		HttpSession browser = new HttpSession(port);
		browser.signIn("agent", "demo");

		HttpResponse<String> page = browser.get("/admin/staff");

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Access denied")
			.contains("data-nav=\"inquiries\"")
			.doesNotContain("data-nav=\"admin\"");
	}

	@Test
	void aBadRequestShowsTheTranslatedPageInTheFrame() {
		HttpSession browser = new HttpSession(port);
		browser.signIn("agent2", "demo");

		HttpResponse<String> page = browser.get("/notifications?before=yesterday");

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Die Anfrage konnte nicht bearbeitet werden")
			.contains("id=\"main-navigation\"")
			.doesNotContain("Whitelabel");
	}

	@Test
	void aMethodThePageDoesNotTakeShowsTheTranslatedPage() {
		HttpSession browser = new HttpSession(port);
		browser.signIn("agent", "demo");

		HttpResponse<String> page = browser.get("/profile/language");

		assertThat(page.statusCode()).isEqualTo(405);
		assertThat(page.body()).contains("This address does not take that kind of request")
			.contains("id=\"main-navigation\"");
	}

	@Test
	void anEncodedSlashInThePathShowsTheProductsPageNotTomcats() {
		HttpResponse<String> page = new HttpSession(port).get("/clients/C-000001%2F..%2Fadmin");

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("The request could not be handled").doesNotContain("Apache Tomcat");
	}

	@Test
	void anOversizedQueryShowsTheProductsPageNotTomcats() {
		HttpResponse<String> page = new HttpSession(port).get("/login?q=" + "x".repeat(20_000));

		assertThat(page.statusCode()).isBetween(400, 431);
		assertThat(page.body()).hasSizeLessThan(5000)
			.contains("Service Desk")
			.doesNotContain("Apache Tomcat")
			.doesNotContain("HTTP Status");
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
	}

	@Test
	void theApiAnswersErrorsTheFrameworkRaisesWithProblems() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		String basic = "Basic " + Base64.getEncoder().encodeToString("agent:demo".getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> unknown = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/no-such-thing"))
				.header("Authorization", basic)
				.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> wrongMethod = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
				.header("Authorization", basic)
				.DELETE()
				.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> encodedSlash = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/clients/C%2F1"))
				.header("Authorization", basic)
				.build(), HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> oversized = client.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/clients?q=" + "x".repeat(20_000)))
			.header("Authorization", basic)
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(List.of(unknown, wrongMethod, encodedSlash, oversized))
			.extracting(
					answer -> answer.statusCode() + " " + answer.headers().firstValue("Content-Type").orElse("none"))
			.allSatisfy(answer -> assertThat(answer).contains("application/problem+json"));
		assertThat(List.of(unknown, wrongMethod, encodedSlash, oversized)).allSatisfy(answer -> {
			assertThat(answer.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(answer.body()).contains("\"status\":" + answer.statusCode()).contains("\"title\"");
		});
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(encodedSlash.statusCode()).isEqualTo(400);
		assertThat(oversized.statusCode()).isBetween(400, 431);
	}

	@Test
	void aServerErrorOnTheApiIsAProblemWithAReference() throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/test-only/failure"))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString("agent:demo".getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(answer.statusCode()).isEqualTo(500);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"reference\":\"ERR-").doesNotContain("deliberate");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FailingPage {

		@Controller
		static class FailingController {

			@GetMapping("/test-only/failure")
			String fail() {
				throw new IllegalStateException("deliberate failure");
			}

		}

		/** Fails in a filter, before any controller or its advice could answer. */
		@Bean
		OncePerRequestFilter failingApiFilter() {
			return new OncePerRequestFilter() {
				@Override
				protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
						FilterChain chain) throws ServletException, IOException {
					if (request.getRequestURI().equals("/api/v1/test-only/failure")) {
						throw new IllegalStateException("deliberate failure");
					}
					chain.doFilter(request, response);
				}
			};

		}

	}

}
