package io.servicedesk.inquiry;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.shared.Priority;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.JourneyBrowsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent in a real headless Chromium merges a client's second mail about a blocked card
 * into the first inquiry: picks the first from the client's open inquiries, lands on it,
 * reads the second mail's words there, and follows the links both ways.
 */
@IntegrationTest
class InquiryMergeJourneyTest {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ClientService clients;

	@BeforeAll
	static void startBrowser() {
		browser = JourneyBrowsers.start(1400, 1000);
	}

	@AfterAll
	static void stopBrowser() {
		JourneyBrowsers.quit(browser);
	}

	@Test
	void anAgentMergesTheClientsSecondInquiryIntoTheFirst() {
		ClientDetails client = ClientMother.individual(clients, "Dorota Dwukrotna");
		String first = inquiry(client, "Card blocked", "My card was blocked at the shop.");
		String second = inquiry(client, "Card blocked - second mail", "I wrote already: the card is still blocked.");
		inquiries.reply(first, inquiries.viewer("agent"), "We are unblocking it.", null, null);

		JourneyBrowsers.signIn(browser, url(""), "agent", "demo");
		waitFor(By.id("home-heading"));
		browser.get(url("/inquiries/" + second));
		waitFor(By.id("merge-form"));
		new Select(browser.findElement(By.id("merge-target"))).selectByValue(first);
		click(By.id("merge"));

		waitFor(By.id("merged-from"));
		assertThat(browser.getCurrentUrl()).endsWith("/inquiries/" + first);
		assertThat(browser.findElement(By.cssSelector(".flash-messages")).getText()).contains(first);
		String timeline = browser.findElement(By.id("timeline")).getText();
		assertThat(timeline).contains("My card was blocked at the shop.")
			.contains("I wrote already: the card is still blocked.")
			.contains("We are unblocking it.")
			.doesNotContain("merged-from:");
		assertThat(timeline.indexOf("I wrote already")).isLessThan(timeline.indexOf("We are unblocking it."));
		WebElement back = browser.findElement(By.cssSelector("#merged-from a"));
		assertThat(back.getText()).isEqualTo(second);
		assertThat(browser.findElement(By.cssSelector("#timeline .entry-link a")).getText()).isEqualTo(second);

		back.click();
		waitFor(By.id("merged-into"));
		assertThat(browser.findElement(By.id("inquiry-status")).getAttribute("class")).contains("status-CLOSED");
		assertThat(browser.findElements(By.id("merge-form"))).isEmpty();
		assertThat(browser.findElement(By.id("timeline")).getText())
			.doesNotContain("I wrote already: the card is still blocked.")
			.doesNotContain("merged-into:");
		browser.findElement(By.cssSelector("#merged-into a")).click();
		waitFor(By.id("merged-from"));
		assertThat(browser.getCurrentUrl()).endsWith("/inquiries/" + first);
	}

	private String inquiry(ClientDetails client, String subject, String words) {
		return inquiries
			.create(new NewInquiry(client.number(), null, CaseChannel.EMAIL, subject, words, Priority.NORMAL, null,
					null, null, true), inquiries.viewer("agent"))
			.reference();
	}

	private void click(By locator) {
		JourneyBrowsers.click(browser, locator);
	}

	private void waitFor(By locator) {
		JourneyBrowsers.waitFor(browser, locator);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
