package io.servicedesk.mailbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.correspondence.Correspondence;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.EmbeddedMailServer;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.JourneyBrowsers;
import io.servicedesk.support.TestMailbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A conversation by e-mail in a real headless Chromium: a client's mail arrives as an
 * inquiry, the agent answers it in the reply box (a wrong second address is refused and
 * everything typed stays), the client's mailbox holds the answer, the client answers it,
 * and the answer is on the case page without anyone typing it. Between the steps the test
 * does what the delivery worker and the mailbox reader do on their schedules.
 */
@IntegrationTest
class CorrespondenceJourneyTest {

	private static WebDriver agent;

	@LocalServerPort
	int port;

	@Autowired
	Mailbox mailbox;

	@Autowired
	Correspondence correspondence;

	@Autowired
	ClientService clients;

	@BeforeAll
	static void startBrowser() {
		agent = JourneyBrowsers.start(1400, 1000);
	}

	@AfterAll
	static void stopBrowser() {
		JourneyBrowsers.quit(agent);
	}

	@Test
	void anAgentAnswersAnEmailedInquiryAndTheClientsAnswerArrivesOnTheCase() throws Exception {
		ClientDetails client = ClientMother.speaking(clients, "Mail Journey", SupportedLanguage.EN);
		String subject = "Wrong size delivered " + ClientMother.unique();
		TestMailbox.send(client.email(), EmbeddedMailServer.DESK, subject, "I ordered M and got S.", Map.of());
		mailbox.readNow();
		String reference = mailbox.list(null, null, 50)
			.stream()
			.filter(mail -> subject.equals(mail.subject()))
			.findFirst()
			.orElseThrow()
			.caseRef();

		JourneyBrowsers.signIn(agent, url(""), "agent", "demo");
		agent.get(url("/inquiries?view=team&q=" + reference));
		JourneyBrowsers.click(agent, By.cssSelector("tr[data-inquiry='" + reference + "'] a.inquiry-link"));
		JourneyBrowsers.waitFor(agent, By.id("reply-form"));
		assertThat(agent.findElement(By.id("inquiry-subject")).getText()).isEqualTo(subject);
		assertThat(agent.findElement(By.id("reply-via-email")).isSelected()).isTrue();
		assertThat(agent.findElement(By.cssSelector("label[for='reply-via-email']")).getText())
			.contains(client.email());

		agent.findElement(By.id("reply-body")).sendKeys("We are sending size M today.");
		JourneyBrowsers.click(agent, By.id("reply-via-other"));
		agent.findElement(By.id("reply-to")).sendKeys("someone@localhost");
		JourneyBrowsers.click(agent, By.id("send-reply"));
		JourneyBrowsers.waitFor(agent, By.id("refusal"));
		assertThat(agent.findElement(By.id("reply-body")).getAttribute("value"))
			.isEqualTo("We are sending size M today.");
		assertThat(agent.findElement(By.id("reply-via-other")).isSelected()).isTrue();
		assertThat(agent.findElement(By.id("reply-to")).getAttribute("value")).isEqualTo("someone@localhost");

		JourneyBrowsers.click(agent, By.id("reply-via-email"));
		JourneyBrowsers.click(agent, By.id("send-reply"));
		new WebDriverWait(agent, Duration.ofSeconds(10))
			.until(driver -> driver.getPageSource().contains("queued for sending by e-mail to " + client.email()));
		assertThat(agent.findElement(By.cssSelector("[data-entry-kind='MESSAGE_OUT'] .delivery"))
			.getAttribute("data-delivery-state")).isEqualTo("QUEUED");

		correspondence.deliverNow();
		List<MimeMessage> received = TestMailbox.to(client.email());
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).isEqualTo("[" + reference + "] " + subject);
		agent.navigate().refresh();
		JourneyBrowsers.waitFor(agent, By.cssSelector("[data-entry-kind='MESSAGE_OUT'] .delivery-SENT"));

		TestMailbox.send(client.email(), ((InternetAddress) received.get(0).getReplyTo()[0]).getAddress(),
				"Re: " + received.get(0).getSubject(),
				"Thank you, size M is right.\n\nOn Tuesday, Service Desk wrote:\n> We are sending size M today.",
				Map.of("In-Reply-To", received.get(0).getMessageID()));
		mailbox.readNow();
		agent.navigate().refresh();

		JourneyBrowsers.waitFor(agent, By.cssSelector("[data-entry-kind='MESSAGE_IN']"));
		assertThat(agent.findElement(By.cssSelector("[data-entry-kind='MESSAGE_IN'] .entry-body")).getText())
			.isEqualTo("Thank you, size M is right.");
		assertThat(agent.findElement(By.cssSelector("[data-entry-kind='MESSAGE_IN'] details.entry-quoted"))
			.getAttribute("open")).isNull();
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
