package io.servicedesk.inquiry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.client.ClientService;
import io.servicedesk.sla.Priority;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An agent's inquiry in two real headless Chromium sessions: the agent takes an
 * unassigned phone inquiry (with the keyboard, after a look at the shortcut help),
 * replies with a canned response, waits for the client, records the client's answer and
 * resolves it; meanwhile a supervisor who had the same inquiry open is told that it
 * changed and keeps the note they typed.
 */
@IntegrationTest
class InquiryJourneyTest {

	private static final Path CHROMIUM = Path.of(setting("SERVICEDESK_CHROMIUM", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(setting("SERVICEDESK_CHROMEDRIVER", "/usr/bin/chromedriver"));

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
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && System.getenv("CI") != null) {
			throw new IllegalStateException("CI must run the browser journeys, but Chromium is missing");
		}
		assumeTrue(installed, "Browser journey skipped: no Chromium at " + CHROMIUM);
		agent = browser();
		supervisor = browser();
	}

	@AfterAll
	static void stopBrowsers() {
		for (WebDriver browser : new WebDriver[] { agent, supervisor }) {
			if (browser != null) {
				browser.quit();
			}
		}
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
		browser.manage().deleteAllCookies();
		browser.get(url("/login?lang=en"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("demo");
		browser.findElement(By.id("sign-in")).click();
		waitFor(browser, By.id("home-heading"));
	}

	private static void click(WebDriver browser, By locator) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.ignoring(ElementClickInterceptedException.class)
			.until(driver -> {
				WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(driver);
				if (element == null) {
					return false;
				}
				((JavascriptExecutor) driver)
					.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
				element.click();
				return true;
			});
	}

	private static void waitFor(WebDriver browser, By locator) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(locator));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static WebDriver browser() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-component-update",
				"--disable-sync", "--window-size=1400,1000", "--lang=en-GB");
		WebDriver browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return browser;
	}

	private static String setting(String variable, String fallback) {
		String value = System.getenv(variable);
		return value == null || value.isBlank() ? fallback : value;
	}

}
