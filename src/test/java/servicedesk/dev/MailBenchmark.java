package servicedesk.dev;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.servicedesk.support.EmbeddedMailServer;
import io.servicedesk.support.HttpSession;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The mail benchmark's driver (run by {@code bench/mail-run} against the packaged
 * application): queues 1,000 replies through the API, has the delivery worker send them
 * (the outgoing-mail page's "send due mail now"), writes 1,000 mails to the desk's
 * mailbox over SMTP — half new matters, half answers to the desk's mails — and has the
 * mailbox reader turn them into cases and replies ("read the mailbox now"); meanwhile 16
 * signed-in users load case pages at a person's pace (1 to 4 seconds on each page, as the
 * load benchmark's paced users). Prints the throughput and the page times.
 *
 * <pre>java -cp … servicedesk.dev.MailBenchmark &lt;app port&gt; &lt;smtp port&gt; &lt;db port&gt;</pre>
 */
public final class MailBenchmark {

	private static final int MAILS = 1_000;

	private static final int USERS = 16;

	private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"(INQ-\\d+)\"");

	private MailBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int appPort = Integer.parseInt(args[0]);
		int smtpPort = Integer.parseInt(args[1]);
		String jdbc = "jdbc:postgresql://localhost:" + args[2] + "/postgres";
		System.out.println("warm-up: " + round(appPort, smtpPort, jdbc, MAILS / 5));
		System.out.println(round(appPort, smtpPort, jdbc, MAILS));
	}

	/**
	 * Queues {@code mails} replies on half as many new inquiries, has them delivered,
	 * writes as many mails to the desk and has them read, with the page users around.
	 */
	private static String round(int appPort, int smtpPort, String jdbc, int mails) throws Exception {
		String run = Long.toString(System.nanoTime(), 36);
		HttpClient http = HttpClient.newHttpClient();
		int caseCount = mails / 2;
		List<String> cases = new ArrayList<>();
		for (int i = 0; i < caseCount; i++) {
			String body = """
					{"client": {"name": "Bench Client %1$d", "email": "bench.%2$s.%1$d@example.com"}, "channel": "EMAIL",
					 "subject": "Bench question %1$d", "body": "A question %1$d"}"""
				.formatted(i, run);
			Matcher reference = REFERENCE.matcher(api(http, appPort, "/api/v1/inquiries", body));
			if (!reference.find()) {
				throw new IllegalStateException("No inquiry created");
			}
			cases.add(reference.group(1));
		}
		for (int i = 0; i < mails; i++) {
			api(http, appPort, "/api/v1/inquiries/" + cases.get(i % caseCount) + "/messages",
					"{\"body\": \"Bench reply %d\", \"visibility\": \"PUBLIC\"}".formatted(i));
		}
		HttpSession admin = new HttpSession(appPort);
		admin.signIn("admin", "demo");

		Pages pages = new Pages(appPort, cases);
		long started = System.nanoTime();
		String token = HttpSession.csrfToken(admin.get("/admin/outgoing-mail").body());
		admin.postForm("/admin/outgoing-mail/send-now", "_csrf", token);
		double deliverySeconds = (System.nanoTime() - started) / 1e9;
		String deliveryPages = pages.stop();
		long sent = count(jdbc, "select count(*) from outgoing_message where state = 'SENT' and to_address like ?",
				"bench." + run + ".%");

		List<String[]> answers = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(jdbc, "postgres", "");
				PreparedStatement statement = connection.prepareStatement("""
						select distinct on (case_ref) to_address, reply_to, message_id, subject from outgoing_message
						where to_address like ? order by case_ref, id""")) {
			statement.setString(1, "bench." + run + ".%");
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					answers.add(new String[] { rows.getString(1), rows.getString(2), rows.getString(3),
							rows.getString(4) });
				}
			}
		}
		Properties settings = new Properties();
		settings.put("mail.smtp.host", "127.0.0.1");
		settings.put("mail.smtp.port", Integer.toString(smtpPort));
		Session mail = Session.getInstance(settings);
		try (Transport transport = mail.getTransport("smtp")) {
			transport.connect();
			for (int i = 0; i < mails; i++) {
				MimeMessage message = new MimeMessage(mail);
				if (i % 2 == 0) {
					String from = "bench.new.%s.%d@example.com".formatted(run, i);
					message.setFrom(new InternetAddress(from));
					message.setRecipient(Message.RecipientType.TO, new InternetAddress(EmbeddedMailServer.DESK));
					message.setSubject("A new matter " + i, "UTF-8");
					message.setText("Something new " + i, "UTF-8");
				}
				else {
					String[] answered = answers.get(i / 2 % answers.size());
					message.setFrom(new InternetAddress(answered[0]));
					message.setRecipient(Message.RecipientType.TO, new InternetAddress(answered[1]));
					message.setSubject("Re: " + answered[3], "UTF-8");
					message.setHeader("In-Reply-To", answered[2]);
					message.setText("An answer " + i, "UTF-8");
				}
				message.saveChanges();
				transport.sendMessage(message, message.getAllRecipients());
			}
		}

		pages = new Pages(appPort, cases);
		started = System.nanoTime();
		token = HttpSession.csrfToken(admin.get("/admin/incoming-mail").body());
		admin.postForm("/admin/incoming-mail/read", "_csrf", token);
		double readSeconds = (System.nanoTime() - started) / 1e9;
		String readingPages = pages.stop();
		long read = count(jdbc, "select count(*) from incoming_mail where from_address like ?", "bench.%" + run + ".%");

		return "delivered %d mails in %.2f s: %.0f a second; case pages meanwhile: %s%n".formatted(sent,
				deliverySeconds, sent / deliverySeconds, deliveryPages)
				+ "read %d mails into cases and replies in %.2f s: %.0f a second; case pages meanwhile: %s"
					.formatted(read, readSeconds, read / readSeconds, readingPages);
	}

	private static String api(HttpClient http, int port, String path, String json) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("agent:demo".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private static long count(String jdbc, String sql, String like) throws Exception {
		try (Connection connection = DriverManager.getConnection(jdbc, "postgres", "");
				PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, like);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	/** Signed-in users loading case pages at a person's pace until stopped. */
	private static final class Pages {

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final List<Long> times = Collections.synchronizedList(new ArrayList<>());

		private final ExecutorService users = Executors.newFixedThreadPool(USERS);

		Pages(int port, List<String> cases) throws InterruptedException {
			java.util.concurrent.CountDownLatch signedIn = new java.util.concurrent.CountDownLatch(USERS);
			for (int user = 0; user < USERS; user++) {
				int first = user;
				users.submit(() -> {
					HttpSession session = new HttpSession(port);
					session.signIn("supervisor", "demo");
					signedIn.countDown();
					int i = first;
					java.util.Random pace = new java.util.Random(first);
					while (running.get()) {
						long started = System.nanoTime();
						session.get("/inquiries/" + cases.get(i++ % cases.size()));
						times.add(System.nanoTime() - started);
						try {
							Thread.sleep(1000 + pace.nextInt(3000));
						}
						catch (InterruptedException ex) {
							return;
						}
					}
				});
			}
			signedIn.await(1, TimeUnit.MINUTES);
		}

		String stop() throws InterruptedException {
			running.set(false);
			users.shutdownNow();
			users.awaitTermination(1, TimeUnit.MINUTES);
			List<Long> sorted = new ArrayList<>(times);
			Collections.sort(sorted);
			if (sorted.isEmpty()) {
				return "none";
			}
			return "%d requests, p50 %.1f ms, p95 %.1f ms".formatted(sorted.size(), sorted.get(sorted.size() / 2) / 1e6,
					sorted.get((int) (sorted.size() * 0.95)) / 1e6);
		}

	}

}
