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
 * views and not password hashing. Virtual users take the sessions in turn (a feeder); with several staff members,
 * each has sessions of their own, so "my queue" differs from user to user.
 */
final class SignedInSessions implements Iterator<Map<String, Object>> {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token-value\">([^<]+)<");

	private static final Pattern REVOKE = Pattern.compile("/profile/tokens/(\\d+)/revoke");

	private final List<String> sessionIds = new ArrayList<>();

	private final AtomicInteger next = new AtomicInteger();

	/**
	 * Signs in {@code count} times, taking the usernames in turn; fails loudly if a sign-in does not succeed.
	 */
	void signIn(String baseUrl, List<String> usernames, String password, int count) {
		for (int i = 0; i < count; i++) {
			sessionIds.add(new Browser(baseUrl).signIn(usernames.get(i % usernames.size()), password).sessionId());
		}
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

	/** A personal API token made on the profile page for the duration of a run, and revoked after it. */
	static final class ApiToken {

		private final Browser browser;

		private final String secret;

		private ApiToken(Browser browser, String secret) {
			this.browser = browser;
			this.secret = secret;
		}

		static ApiToken create(String baseUrl, String username, String password) {
			Browser browser = new Browser(baseUrl).signIn(username, password);
			String profile = browser.get("/profile");
			browser.post("/profile/tokens", "name=" + encode("load benchmark " + System.currentTimeMillis()) + "&_csrf="
					+ encode(csrf(profile)));
			Matcher token = NEW_TOKEN.matcher(browser.get("/profile"));
			if (!token.find()) {
				throw new IllegalStateException("No API token was issued to " + username
						+ " (more than ten active tokens? revoke old ones on the profile page)");
			}
			return new ApiToken(browser, token.group(1).trim());
		}

		String secret() {
			return this.secret;
		}

		/** Revokes the newest token of the profile, the one this run made. */
		void revoke() {
			String profile = this.browser.get("/profile");
			Matcher revoke = REVOKE.matcher(profile);
			long newest = -1;
			while (revoke.find()) {
				newest = Math.max(newest, Long.parseLong(revoke.group(1)));
			}
			if (newest > 0) {
				this.browser.post("/profile/tokens/" + newest + "/revoke", "_csrf=" + encode(csrf(profile)));
			}
		}

	}

	private static String csrf(String page) {
		Matcher csrf = CSRF.matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("No form with a CSRF token on the page");
		}
		return csrf.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A browser of its own: a cookie jar and an HTTP client that does not follow redirects. */
	private static final class Browser {

		private final String baseUrl;

		private final CookieManager cookies = new CookieManager();

		private final HttpClient client;

		Browser(String baseUrl) {
			this.baseUrl = baseUrl;
			this.client = HttpClient.newBuilder().cookieHandler(this.cookies).build();
		}

		Browser signIn(String username, String password) {
			String form = get("/login");
			HttpResponse<Void> signedIn = post("/login",
					"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf(form)));
			String location = signedIn.headers().firstValue("Location").orElse("");
			if (signedIn.statusCode() != 302 || location.contains("/login")) {
				throw new IllegalStateException(
						"Sign-in as " + username + " was refused (" + signedIn.statusCode() + " " + location + ")");
			}
			return this;
		}

		String sessionId() {
			return this.cookies.getCookieStore()
				.get(URI.create(this.baseUrl))
				.stream()
				.filter(cookie -> cookie.getName().equals("SESSION"))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No session cookie after signing in"));
		}

		String get(String path) {
			return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).build(),
					HttpResponse.BodyHandlers.ofString())
				.body();
		}

		HttpResponse<Void> post(String path, String form) {
			return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.discarding());
		}

		private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
			try {
				return this.client.send(request, body);
			}
			catch (IOException ex) {
				throw new IllegalStateException("The application at " + this.baseUrl + " does not answer", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
