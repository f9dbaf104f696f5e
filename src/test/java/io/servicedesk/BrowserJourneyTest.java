package io.servicedesk;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.JourneyBrowsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real headless Chromium signs in as each demo role, checks the navigation that role
 * sees, switches the interface to Polish and signs out. Skipped, with the reason, where
 * no Chromium is installed; never skipped in CI (the CI variable is set there).
 */
@IntegrationTest
class BrowserJourneyTest {

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
	void eachDemoRoleSeesItsNavigationSwitchesToPolishAndSignsOut() {
		journey("agent", "Agent", List.of("inquiries", "complaints", "clients", "orders"));
		journey("supervisor", "Supervisor", List.of("inquiries", "complaints", "clients", "orders", "reports"));
		journey("admin", "Administrator", List.of("inquiries", "complaints", "clients", "orders", "reports", "admin"));
		journey("agent2", "Sachbearbeiter", List.of("inquiries", "complaints", "clients", "orders"));
	}

	private void journey(String username, String roleName, List<String> navigation) {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/login?lang=en");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("demo");
		browser.findElement(By.id("sign-in")).click();

		waitFor(By.id("home-heading"));
		assertThat(browser.getCurrentUrl()).isEqualTo("http://localhost:" + port + "/");
		assertThat(browser.findElement(By.id("signed-in-role")).getText()).isEqualTo(roleName);
		assertThat(navigationEntries()).containsExactlyElementsOf(navigation);

		String languageBefore = browser.findElement(By.tagName("html")).getAttribute("lang");
		try {
			switchLanguage("pl");
			assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("pl");
			assertThat(browser.findElement(By.cssSelector("[data-nav='inquiries']")).getText()).isEqualTo("Zapytania");
			assertThat(browser.findElement(By.id("home-heading")).getText()).startsWith("Witaj");
		}
		finally {
			// the choice is saved on the staff record: leave it as it was for the tests
			// that sign in next
			switchLanguage(languageBefore);
		}

		browser.findElement(By.id("sign-out")).click();
		waitFor(By.id("login-form"));
		assertThat(browser.getCurrentUrl()).endsWith("/login?logout");
	}

	private void switchLanguage(String language) {
		browser.findElement(By.id("language-menu")).click();
		WebElement choice = new WebDriverWait(browser, Duration.ofSeconds(5))
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[data-language='" + language + "']")));
		choice.click();
		// while the page reloads, the old document's nodes may be stale or already
		// detached
		new WebDriverWait(browser, Duration.ofSeconds(5)).ignoring(WebDriverException.class)
			.until(driver -> language.equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
	}

	private List<String> navigationEntries() {
		return browser.findElements(By.cssSelector("#main-navigation [data-nav]"))
			.stream()
			.map(link -> link.getAttribute("data-nav"))
			.collect(Collectors.toList());
	}

	private void waitFor(By locator) {
		JourneyBrowsers.waitFor(browser, locator);
	}

}
