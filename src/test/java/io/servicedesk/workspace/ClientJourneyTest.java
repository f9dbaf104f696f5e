package io.servicedesk.workspace;

import java.time.Duration;

import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
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
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent on the phone in a real headless Chromium: finds the caller by a fragment of
 * the name, opens the 360° page, opens an account and ticks its checklist to ACTIVE,
 * takes a two-line order, records a delay with the client notice, and sees all of it on
 * the timeline.
 */
@IntegrationTest
class ClientJourneyTest {

	private static WebDriver browser;

	@LocalServerPort
	int port;

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
	void anAgentOpensAnAccountTakesAnOrderAndRecordsADelay() {
		String surname = "Przybył" + ClientMother.unique();
		ClientDetails client = ClientMother.individual(clients, "Wiesława " + surname);

		JourneyBrowsers.signIn(browser, url(""), "agent", "demo");
		waitFor(By.id("home-heading"));

		browser.get(url("/clients"));
		browser.findElement(By.id("client-search")).sendKeys("przybyl" + surname.substring(7).toUpperCase());
		waitFor(By.cssSelector("#client-results tr[data-client='" + client.number() + "']"));
		browser.findElement(By.cssSelector("tr[data-client='" + client.number() + "'] a.client-name")).click();
		waitFor(By.id("contact-card"));
		assertThat(browser.findElement(By.id("client-heading")).getText()).isEqualTo("Wiesława " + surname);

		browser.findElement(By.id("open-account")).click();
		waitFor(By.id("checklist"));
		assertThat(status("account-status")).isEqualTo("PENDING");
		for (String item : new String[] { "IDENTITY_VERIFIED", "CONTRACT_SIGNED", "INITIAL_DEPOSIT_RECEIVED" }) {
			click(By.cssSelector("button[data-tick='" + item + "']"));
			waitFor(By.cssSelector("li[data-item='" + item + "'][data-done='true']"));
		}
		click(By.id("activate-account"));
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> "ACTIVE".equals(status("account-status")));

		click(By.id("back-to-client"));
		click(By.id("new-order"));
		waitFor(By.id("order-lines"));
		browser.findElement(By.id("lines0.sku")).sendKeys("KT-100");
		browser.findElement(By.id("lines0.description")).sendKeys("Electric kettle");
		browser.findElement(By.id("lines0.unitPrice")).sendKeys("24.50", Keys.TAB);
		waitForText(By.id("order-total"), "24.50 EUR");
		click(By.id("add-line"));
		waitFor(By.id("lines1.sku"));
		browser.findElement(By.id("lines1.sku")).sendKeys("FL-220");
		browser.findElement(By.id("lines1.description")).sendKeys("Filter cartridges");
		browser.findElement(By.id("lines1.unitPrice")).sendKeys("3.25", Keys.TAB);
		waitForText(By.id("order-total"), "27.75 EUR");
		click(By.id("place-order"));
		waitFor(By.id("order-heading"));
		assertThat(browser.findElement(By.id("order-total")).getText()).isEqualTo("27.75 EUR");
		assertThat(browser.findElements(By.cssSelector("#order-lines tbody tr"))).hasSize(2);
		String orderNumber = browser.findElement(By.cssSelector("li.breadcrumb-item.active")).getText();

		browser.findElement(By.id("delay-note")).sendKeys("Supplier is late; told the client by phone");
		click(By.id("record-delay"));
		waitFor(By.id("order-delayed"));

		click(By.id("back-to-client"));
		new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
			.until(driver -> {
				if (driver.findElements(By.cssSelector("#timeline-entries li[data-kind='ORDER_DELAYED']")).isEmpty()) {
					driver.navigate().refresh();
					return false;
				}
				return true;
			});
		String timeline = browser.findElement(By.id("timeline-entries")).getText();
		assertThat(timeline).contains("Order delayed, client informed", orderNumber,
				"Supplier is late; told the client by phone", "Account activated", "Order taken", "Account opened");
		assertThat(browser.findElement(By.cssSelector("#recent-orders tr[data-order='" + orderNumber + "']")).getText())
			.contains("Delayed");
		assertThat(browser.findElement(By.cssSelector("#accounts li")).getText()).contains("Active");
	}

	private String status(String id) {
		return browser.findElement(By.id(id)).getAttribute("data-status");
	}

	private void click(By locator) {
		JourneyBrowsers.click(browser, locator);
	}

	private void waitFor(By locator) {
		JourneyBrowsers.waitFor(browser, locator);
	}

	private void waitForText(By locator, String text) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> text.equals(driver.findElement(locator).getText()));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
