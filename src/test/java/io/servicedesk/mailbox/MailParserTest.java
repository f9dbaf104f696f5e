package io.servicedesk.mailbox;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailParserTest {

	@Test
	void aPersonsMailGivesItsSenderRecipientsThreadAndPlainText() throws Exception {
		ParsedMail mail = parse("""
				From: =?UTF-8?Q?Zofia_=C5=81=C4=99cka?= <Zofia@Example.com>
				To: desk+inq-000001.abcdefghijklmnop@servicedesk.local
				Cc: someone@example.com
				Subject: =?UTF-8?Q?Re:_Przesy=C5=82ka?=
				Message-ID: <answer-1@example.com>
				In-Reply-To: <inq-000001.x@servicedesk.local>
				References: <first@servicedesk.local> <inq-000001.x@servicedesk.local>
				Content-Language: pl-PL
				Content-Type: multipart/alternative; boundary="b"

				--b
				Content-Type: text/plain; charset=UTF-8

				Dziękuję, paczka dotarła.
				--b
				Content-Type: text/html; charset=UTF-8

				<p>HTML version</p>
				--b--
				""");

		assertThat(mail.fromAddress()).isEqualTo("zofia@example.com");
		assertThat(mail.fromName()).isEqualTo("Zofia Łęcka");
		assertThat(mail.recipients()).containsExactly("desk+inq-000001.abcdefghijklmnop@servicedesk.local",
				"someone@example.com");
		assertThat(mail.threadIds()).containsExactly("<inq-000001.x@servicedesk.local>", "<first@servicedesk.local>");
		assertThat(mail.subject()).isEqualTo("Re: Przesyłka");
		assertThat(mail.text()).isEqualTo("Dziękuję, paczka dotarła.");
		assertThat(mail.language()).isEqualTo("pl");
		assertThat(mail.automatic()).isNull();
		assertThat(mail.bounce()).isNull();
	}

	@Test
	void anHtmlOnlyMailIsCleanedAndReducedToTextWithItsParagraphsAndQuotes() throws Exception {
		ParsedMail mail = parse("""
				From: anna@example.com
				To: desk@servicedesk.local
				Subject: Hello
				Content-Type: text/html; charset=UTF-8

				<html><head><style>p{color:red}</style><script>alert('x')</script></head><body>
				<p>First line<br>second line</p><p onclick="evil()">Next paragraph</p>
				<blockquote><p>What you wrote</p></blockquote></body></html>
				""");

		assertThat(mail.text()).doesNotContain("alert").doesNotContain("color").doesNotContain("evil");
		assertThat(mail.text()).contains("First line\nsecond line").contains("Next paragraph");
		assertThat(mail.text()).contains("> What you wrote");
	}

	@Test
	void autoRepliesAndBulkMailAreRecognisedByTheirHeaders() throws Exception {
		assertThat(parse(simple("Auto-Submitted: auto-replied")).automatic()).startsWith("Auto-Submitted");
		assertThat(parse(simple("Auto-Submitted: no")).automatic()).isNull();
		assertThat(parse(simple("X-Autoreply: yes")).automatic()).isEqualTo("X-Autoreply");
		assertThat(parse(simple("Precedence: bulk")).automatic()).startsWith("Precedence");
		assertThat(parse(simple("Precedence: junk")).automatic()).startsWith("Precedence");
		assertThat(parse(simple("List-Id: <news.example.com>")).automatic()).isEqualTo("List-Id");
		assertThat(parse(simple("Return-Path: <>")).automatic()).isEqualTo("Return-Path: <>");
	}

	@Test
	void aDeliveryStatusNotificationNamesTheOriginalMessageAndWhyItFailed() throws Exception {
		ParsedMail mail = parse("""
				From: Mail Delivery System <MAILER-DAEMON@mx.example.com>
				To: desk@servicedesk.local
				Subject: Undelivered Mail Returned to Sender
				Message-ID: <bounce-1@mx.example.com>
				Content-Type: multipart/report; report-type=delivery-status; boundary="r"

				--r
				Content-Type: text/plain

				I'm sorry to have to inform you that your message could not be delivered.
				--r
				Content-Type: message/delivery-status

				Reporting-MTA: dns; mx.example.com

				Final-Recipient: rfc822; nobody@example.com
				Action: failed
				Status: 5.1.1
				Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.com>: Recipient address rejected
				--r
				Content-Type: text/rfc822-headers

				From: Service Desk <desk@servicedesk.local>
				To: nobody@example.com
				Message-ID: <inq-000007.abc@servicedesk.local>
				Subject: [INQ-000007] Your question
				--r--
				""");

		assertThat(mail.bounce()).isNotNull();
		assertThat(mail.bounce().originalMessageIds()).containsExactly("<inq-000007.abc@servicedesk.local>");
		assertThat(mail.bounce().reason()).contains("Action: failed").contains("Status: 5.1.1").contains("550 5.1.1");
		assertThat(mail.automatic()).isNull();
	}

	private static String simple(String header) {
		return "From: anna@example.com\nTo: desk@servicedesk.local\nSubject: Away\n" + header
				+ "\nContent-Type: text/plain\n\nI am away.\n";
	}

	private static ParsedMail parse(String raw) throws Exception {
		return MailParser.parse(MailParser.mime(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
	}

}
