package io.servicedesk.mailbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.correspondence.Correspondence;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.sla.Priority;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.EmbeddedMailServer;
import io.servicedesk.support.HttpSession;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.TestMailbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail throughput of one node: 1,000 queued mails delivered to the SMTP server, and
 * 1,000 incoming mails (half new matters, half answers on their cases) turned into cases
 * and replies, while 16 signed-in users load case pages without pause; the page times are
 * printed with the throughput. A benchmark, not a test: run it alone, on the throwaway
 * test database:
 *
 * <pre>./mvnw -B test -Dtest=MailThroughputMeasurement -Dservicedesk.measure=true</pre>
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "servicedesk.measure", matches = "true")
class MailThroughputMeasurement {

	private static final Logger log = LoggerFactory.getLogger(MailThroughputMeasurement.class);

	private static final int MAILS = 1_000;

	private static final int USERS = 16;

	@LocalServerPort
	int port;

	@Autowired
	Correspondence correspondence;

	@Autowired
	Mailbox mailbox;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ClientService clients;

	@Test
	void deliversAndReadsAThousandMailsEachWhileUsersWork() throws Exception {
		correspondence.deliverNow();
		mailbox.readNow();
		List<ClientDetails> writers = new ArrayList<>();
		List<String> cases = new ArrayList<>();
		for (int i = 0; i < MAILS / 2; i++) {
			ClientDetails client = ClientMother.speaking(clients, "Throughput " + i, SupportedLanguage.values()[i % 5]);
			writers.add(client);
			cases.add(inquiries
				.create(new NewInquiry(client.number(), null, CaseChannel.EMAIL, "Throughput " + i, "Measured",
						Priority.NORMAL, null, null, null, true), inquiries.viewer("agent"))
				.reference());
		}
		for (int i = 0; i < MAILS; i++) {
			inquiries.reply(cases.get(i % cases.size()), inquiries.viewer("agent"), "Measured reply " + i, null, null);
		}

		Load pages = new Load(cases);
		long started = System.nanoTime();
		int delivered = correspondence.deliverNow();
		double deliverySeconds = (System.nanoTime() - started) / 1e9;
		List<Long> deliveryPages = pages.stop();
		assertThat(delivered).isGreaterThanOrEqualTo(MAILS);

		for (int i = 0; i < MAILS; i++) {
			ClientDetails writer = writers.get(i % writers.size());
			if (i % 2 == 0) {
				TestMailbox.send(writer.email(), EmbeddedMailServer.DESK,
						"New matter " + i + " " + ClientMother.unique(), "A new question " + i, Map.of());
			}
			else {
				MimeMessage sent = TestMailbox.to(writer.email()).get(0);
				TestMailbox.send(writer.email(), ((InternetAddress) sent.getReplyTo()[0]).getAddress(),
						"Re: " + sent.getSubject(), "An answer " + i, Map.of("In-Reply-To", sent.getMessageID()));
			}
		}
		pages = new Load(cases);
		started = System.nanoTime();
		int read = mailbox.readNow();
		double readSeconds = (System.nanoTime() - started) / 1e9;
		List<Long> readingPages = pages.stop();
		assertThat(read).isEqualTo(MAILS);

		log.info("Delivered {} mails in {} s: {} a second; case pages meanwhile: {}", delivered,
				"%.2f".formatted(deliverySeconds), "%.0f".formatted(delivered / deliverySeconds),
				summary(deliveryPages));
		log.info("Read {} mails into cases and replies in {} s: {} a second; case pages meanwhile: {}", read,
				"%.2f".formatted(readSeconds), "%.0f".formatted(read / readSeconds), summary(readingPages));
	}

	private static String summary(List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		if (sorted.isEmpty()) {
			return "none";
		}
		return "%d requests, p50 %.1f ms, p95 %.1f ms".formatted(sorted.size(), sorted.get(sorted.size() / 2) / 1e6,
				sorted.get((int) (sorted.size() * 0.95)) / 1e6);
	}

	/** Users loading case pages one after the other, each with a session of their own. */
	private final class Load {

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final List<Long> times = Collections.synchronizedList(new ArrayList<>());

		private final ExecutorService users = Executors.newFixedThreadPool(USERS);

		Load(List<String> cases) {
			for (int user = 0; user < USERS; user++) {
				int offset = user;
				users.submit(() -> {
					HttpSession session = new HttpSession(port);
					session.signIn("supervisor", "demo");
					int i = offset;
					while (running.get()) {
						long started = System.nanoTime();
						session.get("/inquiries/" + cases.get(i++ % cases.size()));
						times.add(System.nanoTime() - started);
					}
				});
			}
		}

		List<Long> stop() throws InterruptedException {
			running.set(false);
			users.shutdown();
			users.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
			return times;
		}

	}

}
