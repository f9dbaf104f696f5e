package io.servicedesk.correspondence;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import io.servicedesk.shared.Foreground;
import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseEntryView;
import io.servicedesk.casework.ReplyRoute;
import io.servicedesk.casework.SentReply;
import io.servicedesk.attachment.Attachments;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.inquiry.InquiryDetails;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.Priority;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.TestMailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outgoing mail against a real SMTP server: a reply reaches the client once, in their
 * language, threaded with the case's other mails, answerable at the case's reply address;
 * the delivery worker sends each message once with several nodes and after a crash,
 * retries with back-off and gives up with the reason; nothing a client's name or an
 * address holds adds headers or recipients.
 */
@IntegrationTest
class CorrespondenceTests {

	@Autowired
	InquiryService inquiries;

	@Autowired
	ClientService clients;

	@Autowired
	Correspondence correspondence;

	@Autowired
	DeliveryWorker worker;

	@Autowired
	Attachments attachments;

	@Autowired
	OutgoingMessageRepository messages;

	@Autowired
	CorrespondenceProperties properties;

	@Autowired
	ObjectProvider<JavaMailSender> senders;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void aReplyReachesTheClientOnceInTheirLanguageThreadedAndWithTheCasesReplyAddress() throws Exception {
		ClientDetails client = ClientMother.speaking(clients, "Jürgen Groß", SupportedLanguage.DE);
		String reference = inquiry(client, "Lieferung verspätet");

		SentReply first = inquiries.reply(reference, inquiries.viewer("agent"), "Wir prüfen das für Sie.", null, null)
			.sent();
		worker.deliverDue();
		SentReply second = inquiries.reply(reference, inquiries.viewer("agent"), "Die Ware ist unterwegs.", null, null)
			.sent();
		worker.deliverDue();

		assertThat(first.via()).isEqualTo(ReplyRoute.Via.EMAIL);
		assertThat(first.to()).isEqualTo(client.email());
		List<MimeMessage> received = TestMailbox.to(client.email());
		assertThat(received).hasSize(2);
		MimeMessage mail = received.get(0);
		assertThat(mail.getSubject()).isEqualTo("[" + reference + "] Lieferung verspätet");
		assertThat(mail.getHeader("Content-Language", null)).isEqualTo("de");
		assertThat(((InternetAddress) mail.getReplyTo()[0]).getAddress())
			.isEqualTo(correspondence.replyAddress(reference))
			.startsWith("desk+" + reference.toLowerCase() + ".");
		assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("desk@servicedesk.local");
		assertThat(mail.getRecipients(Message.RecipientType.TO)).singleElement()
			.extracting(address -> ((InternetAddress) address).getAddress())
			.isEqualTo(client.email());
		assertThat(mail.getMessageID()).isEqualTo(correspondence.get(first.outgoingMessageId()).messageId());
		assertThat(mail.isMimeType("multipart/alternative")).isTrue();
		Multipart parts = (Multipart) mail.getContent();
		assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
		assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n"))
			.contains("Wir prüfen das für Sie.")
			.contains("\n-- \nService Desk");
		assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
		assertThat((String) parts.getBodyPart(1).getContent()).contains("<p>Wir prüfen das für Sie.</p>");
		assertThat(mail.getHeader("Auto-Submitted")).isNull();

		MimeMessage next = received.get(1);
		assertThat(next.getHeader("In-Reply-To", null)).isEqualTo(mail.getMessageID());
		assertThat(next.getHeader("References", null)).isEqualTo(mail.getMessageID());

		Delivery delivery = correspondence.get(second.outgoingMessageId()).delivery();
		assertThat(delivery.state()).isEqualTo(DeliveryState.SENT);
		assertThat(delivery.response()).startsWith("250");
		assertThat(delivery.attempts()).isEqualTo(1);
		worker.deliverDue();
		assertThat(TestMailbox.to(client.email())).hasSize(2);
	}

	@Test
	void theTimelineSaysHowTheWordsWentAndOnlyAQueuedMailClaimsToBeSent() {
		ClientDetails client = ClientMother.speaking(clients, "Route Chooser", SupportedLanguage.EN);
		String reference = inquiry(client, "Routes");
		String other = "other." + ClientMother.unique() + "@example.com";

		inquiries.reply(reference, inquiries.viewer("agent"), "Said on the phone", ReplyRoute.of(ReplyRoute.Via.PHONE),
				null);
		inquiries.reply(reference, inquiries.viewer("agent"), "Said at the counter",
				ReplyRoute.of(ReplyRoute.Via.IN_PERSON), null);
		SentReply mailed = inquiries
			.reply(reference, inquiries.viewer("agent"), "To the other address", ReplyRoute.email(other), null)
			.sent();

		List<CaseEntryView> replies = inquiries.timeline(inquiries.get(reference, inquiries.viewer("agent")))
			.stream()
			.filter(entry -> entry.kind() == CaseEntryKind.MESSAGE_OUT)
			.toList();
		assertThat(replies).extracting(CaseEntryView::channel).containsExactly("PHONE", "IN_PERSON", "EMAIL");
		assertThat(replies.get(0).delivery()).isNull();
		assertThat(replies.get(2).delivery().state()).isEqualTo(DeliveryState.QUEUED);
		assertThat(replies.get(2).delivery().to()).isEqualTo(other);
		assertThat(correspondence.ofCase(reference)).singleElement()
			.satisfies(message -> assertThat(message.id()).isEqualTo(mailed.outgoingMessageId()));
	}

	@Test
	void aClientWithoutAnAddressIsRecordedAsNotSentUnlessStaffSayHow() {
		ClientDetails client = ClientMother.speaking(clients, "No Address", null, ClientMother.uniquePolishMobile(),
				SupportedLanguage.EN);
		String reference = inquiry(client, "Without an address");

		SentReply sent = inquiries.reply(reference, inquiries.viewer("agent"), "Noted", null, null).sent();

		assertThat(sent.via()).isEqualTo(ReplyRoute.Via.NONE);
		assertThat(correspondence.ofCase(reference)).isEmpty();
		assertThatThrownBy(
				() -> inquiries.reply(reference, inquiries.viewer("agent"), "Mail it", ReplyRoute.email(null), null))
			.isInstanceOf(RuleViolationException.class)
			.extracting("messageKey")
			.isEqualTo("case.reply.no-address");
	}

	@Test
	void neitherANameNorAnAddressAddsHeadersOrRecipients() throws Exception {
		ClientDetails client = ClientMother.speaking(clients, "Eve\r\nBcc: intruder@example.com",
				"eve." + ClientMother.unique() + "@example.com", ClientMother.uniquePolishMobile(),
				SupportedLanguage.EN);
		String reference = inquiry(client, "Injected\r\nBcc: intruder@example.com");

		for (String forged : List.of("a@example.com, intruder@example.com",
				"a@example.com\r\nBcc: intruder@example.com", "Eve <intruder@example.com>")) {
			assertThatThrownBy(() -> inquiries.reply(reference, inquiries.viewer("agent"), "Hello",
					ReplyRoute.email(forged), null))
				.isInstanceOf(RuleViolationException.class);
		}
		inquiries.reply(reference, inquiries.viewer("agent"), "Hello Eve", null, null);
		worker.deliverDue();

		MimeMessage mail = TestMailbox.to(client.email()).get(0);
		assertThat(mail.getAllRecipients()).hasSize(1);
		assertThat(mail.getHeader("Bcc")).isNull();
		assertThat(mail.getSubject()).doesNotContain("\r").doesNotContain("\n");
		assertThat(TestMailbox.to("intruder@example.com")).isEmpty();
	}

	@Test
	void aCrashBetweenClaimAndSendSendsTheMessageOnceAfterTheClaimRunsOut() {
		worker.deliverDue();
		ClientDetails client = ClientMother.speaking(clients, "Crash Survivor", SupportedLanguage.EN);
		String reference = inquiry(client, "After a crash");
		long id = inquiries.reply(reference, inquiries.viewer("agent"), "Sent once", null, null)
			.sent()
			.outgoingMessageId();

		DeliveryWorker crashed = worker("crashed-node");
		assertThat(crashed.claim()).contains(id);
		assertThat(worker.deliverDue()).as("a claim held by another node is left alone").isZero();
		jdbc.sql("update outgoing_message set claimed_until = now() - interval '1 second' where id = :id")
			.param("id", id)
			.update();
		DeliveryWorker restarted = worker("restarted-node");
		restarted.deliverDue();
		crashed.deliverDue();
		worker.deliverDue();

		assertThat(TestMailbox.to(client.email())).hasSize(1);
		assertThat(correspondence.get(id).state()).isEqualTo(DeliveryState.SENT);
		assertThat(crashed.send(senders.getObject(), List.of(id))).as("the crashed node's claim is gone").isZero();
		assertThat(TestMailbox.to(client.email())).hasSize(1);
	}

	@Test
	void twoNodesOnOneDatabaseSendEachMessageOnce() throws Exception {
		worker.deliverDue();
		List<ClientDetails> recipients = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			ClientDetails client = ClientMother.speaking(clients, "Parallel " + i, SupportedLanguage.EN);
			inquiries.reply(inquiry(client, "Parallel " + i), inquiries.viewer("agent"), "Once", null, null);
			recipients.add(client);
		}
		DeliveryWorker one = worker("node-one", 4);
		DeliveryWorker two = worker("node-two", 4);

		CompletableFuture<Integer> first = CompletableFuture.supplyAsync(one::deliverDue);
		CompletableFuture<Integer> second = CompletableFuture.supplyAsync(two::deliverDue);

		assertThat(first.get() + second.get()).isEqualTo(30);
		for (ClientDetails client : recipients) {
			assertThat(TestMailbox.to(client.email())).hasSize(1);
		}
	}

	@Test
	void aFailedAttemptIsTriedAgainLaterAndTheLastOneGivesUpWithTheReason() {
		worker.deliverDue();
		ClientDetails client = ClientMother.speaking(clients, "Unreachable Server", SupportedLanguage.EN);
		String reference = inquiry(client, "Server down");
		long id = inquiries.reply(reference, inquiries.viewer("agent"), "Try", null, null).sent().outgoingMessageId();
		JavaMailSenderImpl down = new JavaMailSenderImpl();
		down.setHost("127.0.0.1");
		down.setPort(1);
		DeliveryWorker failing = new DeliveryWorker(messages, provider(down), limits(2), events, transactions, clock,
				"failing-node", attachments, new Foreground(Duration.ZERO));

		failing.deliverDue();
		OutgoingMessageView afterFirst = correspondence.get(id);
		assertThat(afterFirst.state()).isEqualTo(DeliveryState.QUEUED);
		assertThat(afterFirst.delivery().attempts()).isEqualTo(1);
		assertThat(afterFirst.delivery().error()).isNotBlank();
		assertThat(afterFirst.nextAttemptAt()).isAfter(afterFirst.delivery().lastAttemptAt().plusSeconds(20));
		failing.deliverDue();
		assertThat(correspondence.get(id).delivery().attempts()).as("not due yet").isEqualTo(1);

		jdbc.sql("update outgoing_message set next_attempt_at = now() where id = :id").param("id", id).update();
		failing.deliverDue();
		OutgoingMessageView failed = correspondence.get(id);
		assertThat(failed.state()).isEqualTo(DeliveryState.FAILED);
		assertThat(failed.delivery().attempts()).isEqualTo(2);
		assertThat(failed.delivery().error()).containsIgnoringCase("connect");

		correspondence.retry(id, "admin");
		worker.deliverDue();
		assertThat(correspondence.get(id).state()).isEqualTo(DeliveryState.SENT);
		assertThat(TestMailbox.to(client.email())).hasSize(1);
	}

	@Test
	void aWaitingMessageCanBeCancelledAndIsNotSent() {
		worker.deliverDue();
		ClientDetails client = ClientMother.speaking(clients, "Cancelled Mail", SupportedLanguage.EN);
		long id = inquiries.reply(inquiry(client, "Cancel me"), inquiries.viewer("agent"), "Never", null, null)
			.sent()
			.outgoingMessageId();

		correspondence.cancel(id, "admin");
		worker.deliverDue();

		assertThat(correspondence.get(id).state()).isEqualTo(DeliveryState.CANCELLED);
		assertThat(TestMailbox.to(client.email())).isEmpty();
		assertThatThrownBy(() -> correspondence.cancel(id, "admin"))
			.isInstanceOf(io.servicedesk.shared.IllegalTransitionException.class);
	}

	private DeliveryWorker worker(String node) {
		return worker(node, properties.batchSize());
	}

	private DeliveryWorker worker(String node, int batchSize) {
		CorrespondenceProperties small = new CorrespondenceProperties(properties.from(), properties.fromName(),
				properties.publicUrl(), properties.replyTokenSecret(), true, batchSize, properties.maxAttempts(),
				properties.retryAfter(), properties.retryAtMost(), properties.claimFor(), properties.zone());
		return new DeliveryWorker(messages, senders, small, events, transactions, clock, node, attachments,
				new Foreground(Duration.ZERO));
	}

	private CorrespondenceProperties limits(int maxAttempts) {
		return new CorrespondenceProperties(properties.from(), properties.fromName(), properties.publicUrl(),
				properties.replyTokenSecret(), true, properties.batchSize(), maxAttempts, properties.retryAfter(),
				properties.retryAtMost(), properties.claimFor(), properties.zone());
	}

	private static ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
		return new ObjectProvider<>() {

			@Override
			public JavaMailSender getObject() {
				return sender;
			}

			@Override
			public JavaMailSender getIfAvailable() {
				return sender;
			}

		};
	}

	private String inquiry(ClientDetails client, String subject) {
		InquiryDetails inquiry = inquiries.create(new NewInquiry(client.number(), null, CaseChannel.EMAIL, subject,
				"The client's words", Priority.NORMAL, null, null, null, true), inquiries.viewer("agent"));
		return inquiry.reference();
	}

}
