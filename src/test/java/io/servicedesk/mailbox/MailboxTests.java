package io.servicedesk.mailbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.mail.internet.MimeMessage;

import io.servicedesk.shared.Foreground;
import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseEntryView;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.complaint.ComplaintService;
import io.servicedesk.correspondence.Correspondence;
import io.servicedesk.correspondence.DeliveryState;
import io.servicedesk.inquiry.InquiryDetails;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.InquiryStatus;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.notification.NotificationView;
import io.servicedesk.notification.Notifications;
import io.servicedesk.shared.Priority;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.EmbeddedMailServer;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.TestMailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk's mailbox against a real IMAP server: a client's new mail becomes an inquiry,
 * an answer lands on its case (found by the reply address or the threading headers) and
 * does what a client's answer does, a forged token leads nowhere, noise makes no case, a
 * bounce marks the message, and what cannot be read is set aside while the mailbox goes
 * on; each message is processed once, also by two readers at once.
 */
@IntegrationTest
class MailboxTests {

	private static final String DESK = EmbeddedMailServer.DESK;

	@Autowired
	Mailbox mailbox;

	@Autowired
	IncomingMailProcessor processor;

	@Autowired
	MailboxReader reader;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ComplaintService complaints;

	@Autowired
	ClientService clients;

	@Autowired
	Correspondence correspondence;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewMailFromAKnownClientBecomesAnInquiryOnTheEmailChannel() {
		ClientDetails client = ClientMother.speaking(clients, "Known Writer", SupportedLanguage.EN);
		String subject = "Where is my parcel " + ClientMother.unique();

		TestMailbox.send(client.email(), DESK, subject, "It was due yesterday.", Map.of());
		mailbox.readNow();

		IncomingMailView mail = only(subject);
		assertThat(mail.outcome()).isEqualTo(IncomingMailOutcome.NEW_INQUIRY);
		InquiryDetails inquiry = inquiries.get(mail.caseRef(), inquiries.viewer("supervisor"));
		assertThat(inquiry.channel()).isEqualTo(CaseChannel.EMAIL);
		assertThat(inquiry.client().number()).isEqualTo(client.number());
		assertThat(inquiry.subject()).isEqualTo(subject);
		assertThat(inquiry.team()).isEqualTo("Front Desk");
		assertThat(inquiry.sla()).isNotNull();
		assertThat(inquiries.timeline(inquiry)).first().satisfies(entry -> {
			assertThat(entry.kind()).isEqualTo(CaseEntryKind.OPENED);
			assertThat(entry.body()).isEqualTo("It was due yesterday.");
			assertThat(entry.incomingMailId()).isEqualTo(mail.id());
		});
	}

	@Test
	void aMailFromAnUnknownAddressMakesAnUnconfirmedSenderThatStaffLinkToTheClientTheyAre() {
		String address = "stranger." + ClientMother.unique() + "@example.com";
		String subject = "First contact " + ClientMother.unique();

		TestMailbox.send("Sam Stranger <" + address + ">", DESK, subject, "Hello?", Map.of());
		mailbox.readNow();

		IncomingMailView mail = only(subject);
		InquiryDetails inquiry = inquiries.get(mail.caseRef(), inquiries.viewer("supervisor"));
		ClientDetails sender = clients.get(inquiry.client().number());
		assertThat(sender.unconfirmed()).isTrue();
		assertThat(sender.name()).isEqualTo("Sam Stranger");
		assertThat(sender.email()).isEqualTo(address);

		ClientDetails existing = ClientMother.speaking(clients, "Samuel Stranger", SupportedLanguage.EN);
		clients.mergeSender(sender.number(), existing.number(), "supervisor");

		assertThat(inquiries.get(mail.caseRef(), inquiries.viewer("supervisor")).client().number())
			.isEqualTo(existing.number());
		assertThat(clients.get(sender.number()).mergedInto()).isEqualTo(existing.number());
		assertThat(clients.findByEmail(address)).map(ClientDetails::number).contains(existing.number());
	}

	@Test
	void theClientsAnswerLandsOnItsCaseResumesTheClockAndTellsTheAssignee() {
		ClientDetails client = ClientMother.speaking(clients, "Waiting Client", SupportedLanguage.EN);
		String reference = inquiry(client);
		inquiries.reply(reference, inquiries.viewer("agent"), "Which size do you need?", null, null);
		inquiries.changeStatus(reference, inquiries.viewer("agent"), InquiryStatus.WAITING_ON_CLIENT, null, null);
		correspondence.deliverNow();
		MimeMessage sent = TestMailbox.to(client.email()).get(0);
		assertThat(inquiries.get(reference, inquiries.viewer("agent")).sla().paused()).isTrue();

		TestMailbox.send(client.email(), TestMailbox.replyTo(sent), "Re: " + TestMailbox.subject(sent),
				"Size M, please.\n\nOn Monday, Desk wrote:\n> Which size?",
				Map.of("In-Reply-To", TestMailbox.messageId(sent)));
		mailbox.readNow();

		InquiryDetails answered = inquiries.get(reference, inquiries.viewer("agent"));
		assertThat(answered.status()).isEqualTo(InquiryStatus.OPEN);
		assertThat(answered.sla().paused()).isFalse();
		CaseEntryView answer = inquiries.timeline(answered)
			.stream()
			.filter(entry -> entry.kind() == CaseEntryKind.MESSAGE_IN)
			.findFirst()
			.orElseThrow();
		assertThat(answer.channel()).isEqualTo("EMAIL");
		assertThat(answer.body()).startsWith("Size M, please.");
		assertThat(answer.fromMail()).isTrue();
		assertThat(notifications.list("agent", null)).extracting(NotificationView::link)
			.contains("/inquiries/" + reference);
	}

	@Test
	void anAnswerToThePlainDeskAddressFindsItsCaseByItsThreadingHeaders() {
		ClientDetails client = ClientMother.speaking(clients, "Threaded Client", SupportedLanguage.EN);
		String reference = inquiry(client);
		inquiries.reply(reference, inquiries.viewer("agent"), "Anything else?", null, null);
		correspondence.deliverNow();
		MimeMessage sent = TestMailbox.to(client.email()).get(0);
		String subject = "Thanks " + ClientMother.unique();

		TestMailbox.send(client.email(), DESK, subject, "All good", Map.of("References", TestMailbox.messageId(sent)));
		mailbox.readNow();

		assertThat(only(subject).outcome()).isEqualTo(IncomingMailOutcome.REPLY);
		assertThat(only(subject).caseRef()).isEqualTo(reference);
	}

	@Test
	void aForgedTokenIsNotAttachedToTheCase() {
		ClientDetails victim = ClientMother.speaking(clients, "Victim Client", SupportedLanguage.EN);
		String reference = inquiry(victim);
		int before = inquiries.timeline(inquiries.get(reference, inquiries.viewer("agent"))).size();
		String subject = "Injected " + ClientMother.unique();

		TestMailbox.send("attacker." + ClientMother.unique() + "@example.com",
				"desk+" + reference.toLowerCase() + ".aaaaaaaaaaaaaaaa@servicedesk.local", subject, "Pay here",
				Map.of());
		mailbox.readNow();

		IncomingMailView mail = only(subject);
		assertThat(mail.outcome()).isEqualTo(IncomingMailOutcome.NEW_INQUIRY);
		assertThat(mail.caseRef()).isNotEqualTo(reference);
		assertThat(inquiries.timeline(inquiries.get(reference, inquiries.viewer("agent")))).hasSize(before);
	}

	@Test
	void autoRepliesAndTheDesksOwnMailMakeNoCase() {
		ClientDetails client = ClientMother.speaking(clients, "Away Client", SupportedLanguage.EN);
		String away = "Out of office " + ClientMother.unique();
		String bulk = "Newsletter " + ClientMother.unique();
		String own = "Loop " + ClientMother.unique();

		TestMailbox.send(client.email(), DESK, away, "I am away", Map.of("Auto-Submitted", "auto-replied"));
		TestMailbox.send(client.email(), DESK, bulk, "News", Map.of("Precedence", "bulk"));
		TestMailbox.send(DESK, DESK, own, "Echo", Map.of());
		mailbox.readNow();

		assertThat(only(away).outcome()).isEqualTo(IncomingMailOutcome.AUTO_REPLY);
		assertThat(only(bulk).outcome()).isEqualTo(IncomingMailOutcome.AUTO_REPLY);
		assertThat(only(own).outcome()).isEqualTo(IncomingMailOutcome.OWN_MESSAGE);
		assertThat(List.of(only(away), only(bulk), only(own))).extracting(IncomingMailView::caseRef)
			.containsOnlyNulls();
	}

	@Test
	void aBounceMarksTheOutgoingMessageAndTheClientsAddress() {
		ClientDetails client = ClientMother.speaking(clients, "Bounced Client", SupportedLanguage.EN);
		String reference = inquiry(client);
		long id = inquiries.reply(reference, inquiries.viewer("agent"), "Hello?", null, null)
			.sent()
			.outgoingMessageId();
		correspondence.deliverNow();
		String original = correspondence.get(id).messageId();

		TestMailbox.sendRaw("", DESK, """
				From: Mail Delivery System <MAILER-DAEMON@mx.example.com>
				To: desk@servicedesk.local
				Subject: Undelivered Mail Returned to Sender
				Message-ID: <bounce-%s@mx.example.com>
				MIME-Version: 1.0
				Content-Type: multipart/report; report-type=delivery-status; boundary="r"

				--r
				Content-Type: text/plain

				Your message could not be delivered.
				--r
				Content-Type: message/delivery-status

				Reporting-MTA: dns; mx.example.com

				Final-Recipient: rfc822; %s
				Action: failed
				Status: 5.1.1
				Diagnostic-Code: smtp; 550 5.1.1 user unknown
				--r
				Content-Type: text/rfc822-headers

				Message-ID: %s
				Subject: [%s] Test
				--r--
				""".formatted(ClientMother.unique(), client.email(), original, reference));
		mailbox.readNow();

		assertThat(correspondence.get(id).state()).isEqualTo(DeliveryState.BOUNCED);
		assertThat(correspondence.get(id).delivery().error()).contains("550 5.1.1");
		ClientDetails marked = clients.get(client.number());
		assertThat(marked.emailUndeliverableAt()).isNotNull();
		assertThat(marked.emailDeliverable()).isFalse();
	}

	@Test
	void unreadableAndOversizedMailIsSetAsideAndTheMailboxGoesOn() {
		String broken = "Broken " + ClientMother.unique();
		String after = "After the broken one " + ClientMother.unique();
		ClientDetails client = ClientMother.speaking(clients, "Patient Client", SupportedLanguage.EN);

		TestMailbox.sendRaw(client.email(), DESK, """
				From: %s
				To: desk@servicedesk.local
				Subject: %s
				MIME-Version: 1.0
				Content-Type: multipart/mixed; boundary="never-closed"
				Content-Transfer-Encoding: base64

				--never-closed
				Content-Type: text/plain; charset=no-such-charset
				Content-Transfer-Encoding: base64

				@@@ not base64 @@@
				""".formatted(client.email(), broken));
		TestMailbox.send(client.email(), DESK, "Big " + ClientMother.unique(), "x".repeat(300_000), Map.of());
		TestMailbox.send(client.email(), DESK, after, "Still read", Map.of());
		mailbox.readNow();

		assertThat(only(after).outcome()).isEqualTo(IncomingMailOutcome.NEW_INQUIRY);
		assertThat(mailbox.list(IncomingMailState.SET_ASIDE, null, 50)).extracting(IncomingMailView::outcome)
			.contains(IncomingMailOutcome.TOO_LARGE);
		IncomingMailView unreadable = only(broken);
		assertThat(unreadable.outcome()).isEqualTo(IncomingMailOutcome.MALFORMED);
		assertThat(unreadable.fromAddress()).isEqualTo(client.email());
		assertThat(unreadable.reason()).contains("BASE64");
	}

	@Test
	void twoReadersRecordEachMessageOnce() throws Exception {
		ClientDetails client = ClientMother.speaking(clients, "Twice Read", SupportedLanguage.EN);
		String subject = "Read by two " + ClientMother.unique();
		TestMailbox.send(client.email(), DESK, subject, "Once, please", Map.of());
		MailboxReader second = new MailboxReader(properties(), processor, jdbc, new Foreground(Duration.ZERO));

		CompletableFuture<Integer> one = CompletableFuture.supplyAsync(reader::read);
		CompletableFuture<Integer> two = CompletableFuture.supplyAsync(second::read);
		one.get();
		two.get();
		jdbc.sql("delete from mailbox_cursor").update();
		reader.read();

		assertThat(mailbox.list(null, null, 200)).filteredOn(mail -> subject.equals(mail.subject())).hasSize(1);
		assertThat(jdbc.sql("select count(*) from case_file where subject = :subject")
			.param("subject", subject)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anAnswerToAClosedInquiryOpensANewInquiryLinkedToIt() {
		ClientDetails client = ClientMother.speaking(clients, "Late Answer", SupportedLanguage.EN);
		String reference = inquiry(client);
		inquiries.reply(reference, inquiries.viewer("agent"), "Done", null, null);
		inquiries.changeStatus(reference, inquiries.viewer("agent"), InquiryStatus.RESOLVED, "Answered", null);
		inquiries.changeStatus(reference, inquiries.viewer("agent"), InquiryStatus.CLOSED, null, null);
		correspondence.deliverNow();
		MimeMessage sent = TestMailbox.to(client.email()).get(0);
		String subject = "One more thing " + ClientMother.unique();

		TestMailbox.send(client.email(), TestMailbox.replyTo(sent), subject, "Another question", Map.of());
		mailbox.readNow();

		IncomingMailView mail = only(subject);
		assertThat(mail.outcome()).isEqualTo(IncomingMailOutcome.FOLLOW_UP);
		assertThat(mail.caseRef()).isNotEqualTo(reference);
		assertThat(inquiries.timeline(inquiries.get(mail.caseRef(), inquiries.viewer("agent")))).first()
			.extracting(CaseEntryView::detail)
			.isEqualTo("follows:" + reference);
		assertThat(inquiries.timeline(inquiries.get(reference, inquiries.viewer("agent"))))
			.extracting(CaseEntryView::detail)
			.contains("followed-up:" + mail.caseRef());
	}

	private MailboxProperties properties() {
		return new MailboxProperties(true, "imap", "127.0.0.1",
				io.servicedesk.support.TestMailConfiguration.server().getImap().getPort(), DESK,
				EmbeddedMailServer.DESK_PASSWORD, "INBOX", null, false, null, "Front Desk", "en",
				Duration.ofSeconds(10));
	}

	private IncomingMailView only(String subject) {
		List<IncomingMailView> found = mailbox.list(null, null, 200)
			.stream()
			.filter(mail -> subject.equals(mail.subject()))
			.toList();
		assertThat(found).as("mails with the subject %s", subject).hasSize(1);
		return found.get(0);
	}

	private String inquiry(ClientDetails client) {
		return inquiries
			.create(new NewInquiry(client.number(), null, CaseChannel.EMAIL, "Order question", "About my order",
					Priority.NORMAL, null, null, null, true), inquiries.viewer("agent"))
			.reference();
	}

}
