package io.servicedesk.reporting;

import java.time.Duration;
import java.util.List;

import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.JourneyBrowsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real headless Chromium: the supervisor opens the reports, switches
 * the range to this month, sees every chart drawn (Chart.js holds data and the canvas has
 * painted pixels) with its table of figures, and exports the inquiries with the progress
 * shown until the file is ready.
 */
@IntegrationTest
class ReportsJourneyTest {

	private static final List<String> CHARTS = List.of("volume", "sla", "distribution", "backlog", "csat", "causes");

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ReportRollup rollup;

	@BeforeAll
	static void startBrowser() {
		browser = JourneyBrowsers.start(1400, 1000);
	}

	@AfterAll
	static void stopBrowser() {
		JourneyBrowsers.quit(browser);
	}

	@Test
	void theSupervisorSwitchesTheRangeAndSeesTheChartsDrawnWithTheirTables() {
		rollup.refresh();
		JourneyBrowsers.signIn(browser, "http://localhost:" + port, "supervisor", "demo");
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

}
