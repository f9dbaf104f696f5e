package io.servicedesk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * In a real headless Chromium: an administrator adds a staff member with a temporary
 * password; the new person signs in, must choose their own password first, and then lands
 * on the agent home. Skipped, with the reason, where no Chromium is installed; never
 * skipped in CI.
 */
@IntegrationTest
class AdministrationJourneyTest {

	private static final Path CHROMIUM = Path.of(setting("SERVICEDESK_CHROMIUM", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(setting("SERVICEDESK_CHROMEDRIVER", "/usr/bin/chromedriver"));

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && System.getenv("CI") != null) {
			throw new IllegalStateException(
					"CI must run the browser journey, but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
		}
		assumeTrue(installed,
				"Browser journey skipped: no Chromium at " + CHROMIUM + " with ChromeDriver at " + CHROMEDRIVER);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-component-update",
				"--disable-sync", "--window-size=1280,900", "--lang=en-GB");
		browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
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
		browser.manage().deleteAllCookies();
		browser.get(url("/login?lang=en"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("sign-in")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(driver -> !driver.getCurrentUrl().contains("/login") && isLoaded(driver));
	}

	private static boolean isLoaded(WebDriver driver) {
		return "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState"));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * Clicks a button wherever the form has pushed it, scrolling it into the middle of
	 * the window first.
	 */
	private void click(By locator) {
		WebElement element = browser.findElement(locator);
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	private void waitFor(By locator) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(locator));
	}

	private static String setting(String variable, String fallback) {
		String value = System.getenv(variable);
		return value == null || value.isBlank() ? fallback : value;
	}

}
