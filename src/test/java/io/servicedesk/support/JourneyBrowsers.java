package io.servicedesk.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The browser of the journeys: a headless Chromium driven by ChromeDriver (Debian's
 * {@code chromium} and {@code chromium-driver}, or {@code SERVICEDESK_CHROMIUM} and
 * {@code SERVICEDESK_CHROMEDRIVER}), and the steps every journey takes with it. Where no
 * Chromium is installed a journey is skipped, with the reason; never in CI.
 */
public final class JourneyBrowsers {

	private static final Path CHROMIUM = Path.of(setting("SERVICEDESK_CHROMIUM", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(setting("SERVICEDESK_CHROMEDRIVER", "/usr/bin/chromedriver"));

	private static final Duration WAIT = Duration.ofSeconds(10);

	private JourneyBrowsers() {
	}

	/** A browser with a window of the given size, its pages in English. */
	public static WebDriver start(int width, int height) {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && System.getenv("CI") != null) {
			throw new IllegalStateException(
					"CI must run the browser journeys, but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
		}
		assumeTrue(installed,
				"Browser journey skipped: no Chromium at " + CHROMIUM + " with ChromeDriver at " + CHROMEDRIVER);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-component-update",
				"--disable-sync", "--window-size=" + width + "," + height, "--lang=en-GB");
		WebDriver browser = new ChromeDriver(
				new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return browser;
	}

	public static void quit(WebDriver... browsers) {
		for (WebDriver browser : browsers) {
			if (browser != null) {
				browser.quit();
			}
		}
	}

	/**
	 * Signs in on the English sign-in page of {@code baseUrl} and waits until the page
	 * signing in led to has loaded.
	 */
	public static void signIn(WebDriver browser, String baseUrl, String username, String password) {
		browser.manage().deleteAllCookies();
		browser.get(baseUrl + "/login?lang=en");
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("sign-in")).click();
		new WebDriverWait(browser, WAIT).until(driver -> !driver.getCurrentUrl().contains("/login")
				&& "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	/**
	 * Clicks an element once it can be clicked, wherever the page has put it: scrolled
	 * into the middle of the window at once (not with the page's smooth scrolling), tried
	 * again while the page is still changing under it, clicked by script where something
	 * still lies over it.
	 */
	public static void click(WebDriver browser, By locator) {
		new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class)
			.ignoring(ElementClickInterceptedException.class)
			.until(driver -> {
				WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(driver);
				if (element == null) {
					return false;
				}
				((JavascriptExecutor) driver)
					.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
				try {
					element.click();
				}
				catch (ElementClickInterceptedException covered) {
					((JavascriptExecutor) driver).executeScript("arguments[0].click()", element);
				}
				return true;
			});
	}

	public static void waitFor(WebDriver browser, By locator) {
		new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
	}

	private static String setting(String variable, String fallback) {
		String value = System.getenv(variable);
		return value == null || value.isBlank() ? fallback : value;
	}

}
