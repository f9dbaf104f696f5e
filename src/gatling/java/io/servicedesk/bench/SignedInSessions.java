package io.servicedesk.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pool of signed-in browser sessions, made once before the load starts, so that the measured requests are page
 * views and not password hashing. Virtual users take the sessions in turn (a feeder).
 */
final class SignedInSessions implements Iterator<Map<String, Object>> {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final List<String> sessionIds = new ArrayList<>();

	private final AtomicInteger next = new AtomicInteger();

	/** Signs in {@code count} times as the given staff member; fails loudly if the sign-in does not succeed. */
	void signIn(String baseUrl, String username, String password, int count) {
		for (int i = 0; i < count; i++) {
			sessionIds.add(signInOnce(baseUrl, username, password));
		}
	}

	private static String signInOnce(String baseUrl, String username, String password) {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		try {
			String form = client
				.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			Matcher csrf = CSRF.matcher(form);
			if (!csrf.find()) {
				throw new IllegalStateException("No sign-in form at " + baseUrl + "/login");
			}
			String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
					+ encode(csrf.group(1));
			HttpResponse<Void> signedIn = client.send(
					HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
						.header("Content-Type", "application/x-www-form-urlencoded")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build(),
					HttpResponse.BodyHandlers.discarding());
			String location = signedIn.headers().firstValue("Location").orElse("");
			if (signedIn.statusCode() != 302 || location.contains("/login")) {
				throw new IllegalStateException("Sign-in as " + username + " was refused (" + signedIn.statusCode()
						+ " " + location + ")");
			}
			return cookies.getCookieStore()
				.get(URI.create(baseUrl))
				.stream()
				.filter(cookie -> cookie.getName().equals("SESSION"))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No session cookie after signing in"));
		}
		catch (IOException ex) {
			throw new IllegalStateException("The application at " + baseUrl + " does not answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Override
	public boolean hasNext() {
		return true;
	}

	@Override
	public Map<String, Object> next() {
		if (sessionIds.isEmpty()) {
			throw new IllegalStateException("No signed-in sessions: the simulation's before() hook did not run");
		}
		return Map.of("sessionId", sessionIds.get(Math.floorMod(next.getAndIncrement(), sessionIds.size())));
	}

}
