package io.servicedesk.inquiry;

import java.time.Duration;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.client.ClientService;
import io.servicedesk.shared.Priority;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.JourneyBrowsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent's inquiry in two real headless Chromium sessions: the agent takes an
 * unassigned phone inquiry (with the keyboard, after a look at the shortcut help),
 * replies with a canned response, waits for the client, records the client's answer and
 * resolves it; meanwhile a supervisor who had the same inquiry open is told that it
 * changed and keeps the note they typed.
 */
@IntegrationTest
class InquiryJourneyTest {

	private static WebDriver agent;

	private static WebDriver supervisor;

	@LocalServerPort
	int port;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ClientService clients;

	@BeforeAll
	static void startBrowsers() {
		agent = JourneyBrowsers.start(1400, 1000);
		supervisor = JourneyBrowsers.start(1400, 1000);
	}

	@AfterAll
	static void stopBrowsers() {
		JourneyBrowsers.quit(agent, supervisor);
	}

	@Test
	void anAgentWorksAPhoneInquiryToResolutionWhileASecondSessionIsToldItChanged() {
		String reference = inquiries
			.create(new NewInquiry(ClientMother.individual(clients, "Journey Caller").number(), null, CaseChannel.PHONE,
					"Parcel not delivered", "The courier never came.", Priority.HIGH, null, null, null, false),
					inquiries.viewer("agent"))
			.reference();

		signIn(agent, "agent");
		agent.get(url("/inquiries?view=unassigned&q=" + reference));
		click(agent, By.cssSelector("tr[data-inquiry='" + reference + "'] a.inquiry-link"));
		waitFor(agent, By.id("inquiry-header"));
		new Actions(agent).sendKeys("?").perform();
		new WebDriverWait(agent, Duration.ofSeconds(10))
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("shortcut-help")));
		new Actions(agent).sendKeys(Keys.ESCAPE).perform();
		new WebDriverWait(agent, Duration.ofSeconds(10))
			.until(ExpectedConditions.invisibilityOfElementLocated(By.id("shortcut-help")));
		new Actions(agent).sendKeys("a").perform();
		waitFor(agent, By.cssSelector(".alert-success"));
		assertThat(agent.findElement(By.id("inquiry-assignee")).getText()).isNotEqualTo("Unassigned");

		signIn(supervisor, "supervisor");
		supervisor.get(url("/inquiries/" + reference));
		waitFor(supervisor, By.id("note-tab"));
		click(supervisor, By.id("note-tab"));
		supervisor.findElement(By.id("note-body")).sendKeys("Check the courier's scan history first");
		new WebDriverWait(agent, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("also-viewing")));

		new Select(agent.findElement(By.id("canned-id"))).selectByVisibleText("Potwierdzenie przyjęcia");
		click(agent, By.id("insert-canned"));
		new WebDriverWait(agent, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> !driver.findElement(By.id("reply-body")).getDomProperty("value").isBlank());
		String reply = agent.findElement(By.id("reply-body")).getDomProperty("value");
		assertThat(reply).doesNotContain("{{").contains("Journey Caller", reference);
		assertThat(reply).startsWith("Dzień dobry Journey Caller,").doesNotContain("Szanowni Państwo, Journey");
		click(agent, By.id("send-reply"));
		waitFor(agent, By.cssSelector("li[data-entry-kind='MESSAGE_OUT']"));
		assertThat(status(agent)).isEqualTo("OPEN");

		click(supervisor, By.id("add-note"));
		waitFor(supervisor, By.id("refusal"));
		assertThat(supervisor.findElement(By.id("refusal")).getText()).contains("Changed by");
		assertThat(supervisor.findElement(By.id("note-body")).getDomProperty("value"))
			.isEqualTo("Check the courier's scan history first");

		click(agent, By.id("status-WAITING_ON_CLIENT"));
		waitFor(agent, By.id("sla-paused"));
		assertThat(status(agent)).isEqualTo("WAITING_ON_CLIENT");

		click(agent, By.id("answer-tab"));
		agent.findElement(By.id("answer-body")).sendKeys("The client confirms the address: Długa 1, Warszawa");
		click(agent, By.id("record-answer"));
		waitFor(agent, By.cssSelector("li[data-entry-kind='CALL']"));
		assertThat(status(agent)).isEqualTo("OPEN");

		agent.findElement(By.id("resolution")).sendKeys("Courier rebooked for tomorrow morning");
		click(agent, By.id("status-RESOLVED"));
		waitFor(agent, By.id("resolution-summary"));
		assertThat(status(agent)).isEqualTo("RESOLVED");
		assertThat(inquiries.get(reference, inquiries.viewer("agent")).sla().resolvedAt()).isNotNull();
	}

	private static String status(WebDriver browser) {
		return browser.findElement(By.id("inquiry-status")).getAttribute("class").replaceAll(".*status-(\\w+).*", "$1");
	}

	private void signIn(WebDriver browser, String username) {
		JourneyBrowsers.signIn(browser, url(""), username, "demo");
		waitFor(browser, By.id("home-heading"));
	}

	private static void click(WebDriver browser, By locator) {
		JourneyBrowsers.click(browser, locator);
	}

	private static void waitFor(WebDriver browser, By locator) {
		JourneyBrowsers.waitFor(browser, locator);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
