package io.servicedesk.web;

import java.net.http.HttpResponse;

import io.servicedesk.support.HttpSession;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
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

	@TestConfiguration(proxyBeanMethods = false)
	static class FailingPage {

		@Controller
		static class FailingController {

			@GetMapping("/test-only/failure")
			String fail() {
				throw new IllegalStateException("deliberate failure");
			}

		}

	}

}
