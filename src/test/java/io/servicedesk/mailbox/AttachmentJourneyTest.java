package io.servicedesk.mailbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import io.servicedesk.attachment.Attachments;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files in a real headless Chromium: the agent picks a file too large for the desk and is
 * told so before anything is sent, with the typed reply kept; then picks the form and a
 * PDF whose name has Polish letters and sends the reply; the client's mailbox receives
 * both as attachments; the client answers with a photo, which shows on the case page and
 * opens as the image it is.
 */
@IntegrationTest
class AttachmentJourneyTest {

	private static WebDriver agent;

	@LocalServerPort
	int port;

	@Autowired
	Mailbox mailbox;

	@Autowired
	Correspondence correspondence;

	@Autowired
	ClientService clients;

	@Autowired
	Attachments attachments;

	@BeforeAll
	static void startBrowser() {
		agent = JourneyBrowsers.start(1400, 1000);
	}

	@AfterAll
	static void stopBrowser() {
		JourneyBrowsers.quit(agent);
	}

	@Test
	void anAgentSendsFilesWithAReplyAndTheClientsPhotoArrivesOnTheCase(@TempDir Path dir) throws Exception {
		ClientDetails client = ClientMother.speaking(clients, "Ilze Pielikuma", SupportedLanguage.EN);
		String subject = "Damaged kettle " + ClientMother.unique();
		TestMailbox.send(client.email(), EmbeddedMailServer.DESK, subject, "The kettle arrived broken.", Map.of());
		mailbox.readNow();
		String reference = mailbox.list(null, null, 50)
			.stream()
			.filter(mail -> subject.equals(mail.subject()))
			.findFirst()
			.orElseThrow()
			.caseRef();
		Path form = Files.write(dir.resolve("Wniosek zwrotu żółć.pdf"), MailFilesTests.PDF);
		Path huge = dir.resolve("huge.pdf");
		try (var out = Files.newOutputStream(huge)) {
			out.write(MailFilesTests.PDF);
			out.write(new byte[(int) attachments.maxFileSize()]);
		}

		JourneyBrowsers.signIn(agent, url(""), "agent", "demo");
		agent.get(url("/inquiries/" + reference));
		JourneyBrowsers.waitFor(agent, By.id("reply-form"));
		agent.findElement(By.id("reply-body")).sendKeys("Please fill in the return form.");
		WebElement picker = agent.findElement(By.id("reply-files"));
		picker.sendKeys(huge.toString());
		JourneyBrowsers.click(agent, By.id("send-reply"));
		new WebDriverWait(agent, Duration.ofSeconds(10))
			.until(driver -> !driver.findElement(By.id("reply-files-error")).getText().isBlank());
		assertThat(agent.findElement(By.id("reply-files-error")).getText()).contains("huge.pdf");
		assertThat(agent.findElement(By.id("reply-body")).getAttribute("value"))
			.isEqualTo("Please fill in the return form.");
		assertThat(agent.getCurrentUrl()).endsWith("/inquiries/" + reference);

		agent.findElement(By.id("reply-files")).clear();
		agent.findElement(By.id("reply-files")).sendKeys(form.toString());
		JourneyBrowsers.click(agent, By.id("send-reply"));
		new WebDriverWait(agent, Duration.ofSeconds(20))
			.until(driver -> driver.getPageSource().contains("queued for sending by e-mail to " + client.email()));
		WebElement sentFile = agent
			.findElement(By.cssSelector("[data-entry-kind='MESSAGE_OUT'] .attachment .attachment-download"));
		assertThat(sentFile.getText()).isEqualTo("Wniosek zwrotu żółć.pdf");

		correspondence.deliverNow();
		List<MimeMessage> received = TestMailbox.to(client.email());
		assertThat(received).hasSize(1);
		assertThat(MailFilesTests.attachedParts(received.get(0))).singleElement().satisfies(part -> {
			assertThat(part.getFileName()).isEqualTo("Wniosek zwrotu żółć.pdf");
			assertThat(part.getInputStream().readAllBytes()).isEqualTo(MailFilesTests.PDF);
		});

		MailFilesTests.sendWithFiles(client.email(), ((InternetAddress) received.get(0).getReplyTo()[0]).getAddress(),
				"Re: " + received.get(0).getSubject(), "Here is the photo of the kettle.",
				List.of(new MailFilesTests.File("kettle.png", "image/png", MailFilesTests.PNG)),
				received.get(0).getMessageID());
		mailbox.readNow();
		agent.navigate().refresh();

		JourneyBrowsers.waitFor(agent, By.cssSelector("[data-entry-kind='MESSAGE_IN'] .attachment"));
		WebElement photo = agent.findElement(By.cssSelector("[data-entry-kind='MESSAGE_IN'] .attachment"));
		assertThat(photo.getAttribute("data-content-type")).isEqualTo("image/png");
		assertThat(photo.findElement(By.cssSelector(".attachment-download")).getText()).isEqualTo("kettle.png");
		String view = photo.findElement(By.cssSelector(".attachment-view")).getAttribute("href");
		agent.get(view);
		new WebDriverWait(agent, Duration.ofSeconds(10))
			.until(driver -> !driver.findElements(By.tagName("img")).isEmpty());
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
