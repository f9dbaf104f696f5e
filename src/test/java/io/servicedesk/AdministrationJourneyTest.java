package io.servicedesk;

import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.JourneyBrowsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless Chromium: an administrator adds a staff member with a temporary
 * password; the new person signs in, must choose their own password first, and then lands
 * on the agent home. Skipped, with the reason, where no Chromium is installed; never
 * skipped in CI.
 */
@IntegrationTest
class AdministrationJourneyTest {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = JourneyBrowsers.start(1280, 900);
	}

	@AfterAll
	static void stopBrowser() {
		JourneyBrowsers.quit(browser);
	}

	@Test
	void anAdministratorAddsAPersonWhoChangesTheTemporaryPasswordAndSeesTheAgentHome() {
		String username = "journey" + System.nanoTime() % 1_000_000;
		signIn("admin", "demo");
		browser.get(url("/admin/staff"));
		waitFor(By.id("add-staff"));
		browser.findElement(By.id("add-staff")).click();
		waitFor(By.id("staff-form"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("displayName")).sendKeys("Ilze Kalniņa");
		browser.findElement(By.id("email")).sendKeys(username + "@example.com");
		new Select(browser.findElement(By.id("role"))).selectByValue("AGENT");
		new Select(browser.findElement(By.id("team"))).selectByValue("Front Desk");
		new Select(browser.findElement(By.id("language"))).selectByValue("EN");
		browser.findElement(By.id("temporaryPassword")).sendKeys("short");
		click(By.id("save-staff"));
		waitFor(By.id("temporaryPassword-error"));
		assertThat(browser.findElement(By.id("temporaryPassword-error")).getText())
			.isEqualTo("Use at least 12 characters.");
		assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEqualTo(username);

		browser.findElement(By.id("temporaryPassword")).sendKeys("first morning at the desk");
		click(By.id("save-staff"));
		waitFor(By.id("staff-state"));
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains(username);
		browser.findElement(By.id("sign-out")).click();
		waitFor(By.id("login-form"));

		signIn(username, "first morning at the desk");
		waitFor(By.id("password-form"));
		assertThat(browser.getCurrentUrl()).endsWith("/profile/password");
		assertThat(browser.findElement(By.id("password-required")).isDisplayed()).isTrue();
		browser.get(url("/"));
		waitFor(By.id("password-form"));
		browser.findElement(By.id("currentPassword")).sendKeys("first morning at the desk");
		browser.findElement(By.id("newPassword")).sendKeys("riga in the spring rain");
		browser.findElement(By.id("confirmation")).sendKeys("riga in the spring rain");
		browser.findElement(By.id("change-password")).click();

		waitFor(By.id("home-heading"));
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/"));
		assertThat(browser.findElement(By.id("home-heading")).getText()).isEqualTo("Welcome, Ilze Kalniņa");
		assertThat(browser.findElement(By.id("signed-in-role")).getText()).isEqualTo("Agent");
		assertThat(browser.findElement(By.id("home-tiles")).getAttribute("data-role")).isEqualTo("AGENT");
		browser.findElement(By.id("sign-out")).click();
		waitFor(By.id("login-form"));
	}

	private void signIn(String username, String password) {
		JourneyBrowsers.signIn(browser, url(""), username, password);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * Clicks a button wherever the form has pushed it, scrolling it into the middle of
	 * the window first.
	 */
	private void click(By locator) {
		JourneyBrowsers.click(browser, locator);
	}

	private void waitFor(By locator) {
		JourneyBrowsers.waitFor(browser, locator);
	}

}
