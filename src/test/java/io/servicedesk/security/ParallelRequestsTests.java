package io.servicedesk.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.servicedesk.support.HttpSession;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several tabs of one browser right after signing in: each request of the same session
 * may be the first to store the session's CSRF token, and none of them may fail for it.
 */
@IntegrationTest
class ParallelRequestsTests {

	private static final List<String> PAGES = List.of("/", "/notifications", "/inquiries", "/clients", "/profile",
			"/orders");

	@LocalServerPort
	int port;

	@Test
	void requestsSentAtOnceRightAfterSigningInAllSucceed() throws Exception {
		ExecutorService tabs = Executors.newFixedThreadPool(PAGES.size());
		try {
			List<Integer> statuses = new ArrayList<>();
			for (int round = 0; round < 8; round++) {
				HttpSession browser = new HttpSession(port);
				browser.signIn("agent", "demo");
				List<CompletableFuture<HttpResponse<String>>> pages = PAGES.stream()
					.map(page -> CompletableFuture.supplyAsync(() -> browser.get(page), tabs))
					.toList();
				pages.forEach(page -> statuses.add(page.join().statusCode()));
			}

			assertThat(statuses).hasSize(8 * PAGES.size()).allSatisfy(status -> assertThat(status).isEqualTo(200));
		}
		finally {
			tabs.shutdownNow();
		}
	}

}
