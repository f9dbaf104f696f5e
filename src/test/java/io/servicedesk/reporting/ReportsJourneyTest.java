package io.servicedesk.reporting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard in a real headless Chromium: the supervisor opens the reports, switches
 * the range to this month, sees every chart drawn (Chart.js holds data and the canvas has
 * painted pixels) with its table of figures, and exports the inquiries with the progress
 * shown until the file is ready.
 */
@IntegrationTest
class ReportsJourneyTest {

	private static final Path CHROMIUM = Path.of(setting("SERVICEDESK_CHROMIUM", "/usr/bin/chromium"));

	private static final Path CHROMEDRIVER = Path.of(setting("SERVICEDESK_CHROMEDRIVER", "/usr/bin/chromedriver"));

	private static final List<String> CHARTS = List.of("volume", "sla", "distribution", "backlog", "csat", "causes");

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ReportRollup rollup;

	@BeforeAll
	static void startBrowser() {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && System.getenv("CI") != null) {
			throw new IllegalStateException("CI must run the browser journeys, but Chromium is missing");
		}
		assumeTrue(installed, "Browser journey skipped: no Chromium at " + CHROMIUM);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-component-update",
				"--disable-sync", "--window-size=1400,1000", "--lang=en-GB");
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
	void theSupervisorSwitchesTheRangeAndSeesTheChartsDrawnWithTheirTables() {
		rollup.refresh();
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/login?lang=en");
		browser.findElement(By.id("username")).sendKeys("supervisor");
		browser.findElement(By.id("password")).sendKeys("demo");
		browser.findElement(By.id("sign-in")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("home-heading")));
		browser.findElement(By.cssSelector("[data-nav=reports]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("report-filters")));
		assertThat(new Select(browser.findElement(By.id("range"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("last-7-days");

		new Select(browser.findElement(By.id("range"))).selectByValue("this-month");
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("range=this-month"));
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> CHARTS.stream().allMatch(this::drawn));

		for (String chart : CHARTS) {
			assertThat(painted(chart)).as("pixels painted on " + chart).isTrue();
			assertThat(browser.findElement(By.id("table-" + chart)).findElements(By.cssSelector("tbody tr")))
				.as("table alternative of " + chart)
				.isNotEmpty();
		}
		assertThat(browser.findElement(By.cssSelector("[data-kpi='inquiries.received'] .kpi-value")).getText())
			.isNotBlank();
		assertThat(browser.findElement(By.cssSelector("#leaderboard tbody")).getText()).isNotBlank();

		// the link's own click handler starts the download (a script click, as the
		// charts keep resizing the long page under the pointer)
		((JavascriptExecutor) browser).executeScript("arguments[0].click();",
				browser.findElement(By.id("export-inquiries")));
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.attributeToBe(By.id("export-progress"), "data-state", "done"));
		assertThat(browser.findElement(By.id("export-progress")).getText()).startsWith("Done:").endsWith("rows.");
	}

	private boolean drawn(String chart) {
		Object drawn = ((JavascriptExecutor) browser).executeScript("""
				const canvas = document.getElementById(arguments[0]);
				const chart = canvas && window.Chart ? Chart.getChart(canvas) : null;
				return chart != null && chart.data.datasets.length > 0 && chart.data.labels.length >= 0
				  && canvas.dataset.drawn === 'true';""", "chart-" + chart);
		return Boolean.TRUE.equals(drawn);
	}

	private boolean painted(String chart) {
		Object painted = ((JavascriptExecutor) browser).executeScript("""
				const canvas = document.getElementById(arguments[0]);
				const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
				for (let i = 3; i < pixels.length; i += 4) {
				  if (pixels[i] !== 0) { return true; }
				}
				return false;""", "chart-" + chart);
		return Boolean.TRUE.equals(painted);
	}

	private static String setting(String variable, String fallback) {
		String value = System.getenv(variable);
		return value == null || value.isBlank() ? fallback : value;
	}

}
