package io.servicedesk.inquiry;

import java.time.Duration;
import java.util.List;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.client.ClientService;
import io.servicedesk.staff.Role;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.TeamService;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.JourneyBrowsers;
import io.servicedesk.support.StaffMother;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saved views in a real headless Chromium: an agent narrows the team's unassigned
 * inquiries to billing questions, saves that as a view shared with the team; a colleague
 * finds it in the menu with its count and opens the same list; saving a name twice is
 * refused with the name kept.
 */
@IntegrationTest
class SavedViewJourneyTest {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ClientService clients;

	@Autowired
	StaffService staff;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TeamService teams;

	@BeforeAll
	static void startBrowser() {
		browser = JourneyBrowsers.start(1400, 1000);
	}

	@AfterAll
	static void stopBrowser() {
		JourneyBrowsers.quit(browser);
	}

	@Test
	void anAgentSharesAViewOfUnassignedBillingQuestionsAndAColleagueOpensTheSameList() {
		String team = StaffMother.team(teams, "Billing help");
		String owner = StaffMother.member(staff, encoder, "viewer", Role.AGENT, team).username();
		String colleague = StaffMother.member(staff, encoder, "peer", Role.AGENT, team).username();
		String word = "Invoiceword" + ClientMother.unique();
		String first = inquiry(owner, word, "billing-question");
		String second = inquiry(colleague, word, "billing-question");
		inquiry(owner, word, null);

		JourneyBrowsers.signIn(browser, url(""), owner, StaffMother.PASSWORD);
		browser.get(url("/inquiries"));
		JourneyBrowsers.click(browser, By.id("tab-unassigned"));
		wait(ExpectedConditions.urlContains("view=unassigned"));
		new Select(browser.findElement(By.id("filter-category"))).selectByValue("billing-question");
		wait(ExpectedConditions.urlContains("category=billing-question"));
		browser.findElement(By.id("filter-q")).sendKeys(word);
		wait(ExpectedConditions.urlContains("q=" + word));
		wait(rowsAre(first, second));

		JourneyBrowsers.click(browser, By.id("save-view-toggle"));
		browser.findElement(By.id("save-view-name")).sendKeys("Unassigned billing");
		JourneyBrowsers.click(browser, By.id("save-view-team"));
		JourneyBrowsers.click(browser, By.id("save-view-submit"));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("Unassigned billing");
		assertThat(browser.getCurrentUrl()).contains("view=unassigned")
			.contains("category=billing-question")
			.contains("q=" + word);
		List<String> ownersList = rows();
		assertThat(ownersList).containsExactlyInAnyOrder(first, second);

		// the same name again is refused, and the name typed stays in the form
		JourneyBrowsers.click(browser, By.id("save-view-toggle"));
		browser.findElement(By.id("save-view-name")).sendKeys("Unassigned billing");
		JourneyBrowsers.click(browser, By.id("save-view-team"));
		JourneyBrowsers.click(browser, By.id("save-view-submit"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("save-view-error")));
		assertThat(browser.findElement(By.id("save-view-error")).getText())
			.contains("You already have a view of this queue called \"Unassigned billing\"");
		assertThat(browser.findElement(By.id("save-view-name")).getDomProperty("value"))
			.isEqualTo("Unassigned billing");
		assertThat(browser.findElement(By.id("save-view-team")).isSelected()).isTrue();

		JourneyBrowsers.signIn(browser, url(""), colleague, StaffMother.PASSWORD);
		browser.get(url("/inquiries"));
		JourneyBrowsers.click(browser, By.id("saved-views-toggle"));
		WebElement view = browser.findElement(By.xpath(
				"//li[contains(@class,'saved-view')][.//span[contains(@class,'saved-view-name') and text()='Unassigned billing']]"));
		assertThat(view.findElement(By.className("saved-view-count")).getText()).isEqualTo("2");
		assertThat(view.findElement(By.className("saved-view-visibility")).getText()).contains("Shared by");
		assertThat(view.findElements(By.className("saved-view-rename"))).isEmpty();
		view.findElement(By.className("saved-view-link")).click();
		wait(ExpectedConditions.urlContains("category=billing-question"));
		wait(ExpectedConditions.attributeContains(By.id("tab-unassigned"), "class", "active"));
		assertThat(new Select(browser.findElement(By.id("filter-category"))).getFirstSelectedOption()
			.getDomProperty("value")).isEqualTo("billing-question");
		assertThat(browser.findElement(By.id("filter-q")).getDomProperty("value")).isEqualTo(word);
		assertThat(rows()).isEqualTo(ownersList);
	}

	private String inquiry(String recorder, String word, String category) {
		return inquiries
			.create(new NewInquiry(ClientMother.individual(clients, "Billing Caller").number(), null, CaseChannel.PHONE,
					"Invoice " + word, "A question about " + word, null, category, null, null, false),
					inquiries.viewer(recorder))
			.reference();
	}

	private List<String> rows() {
		return browser.findElements(By.cssSelector("#inquiry-table tr[data-inquiry]"))
			.stream()
			.map(row -> row.getDomAttribute("data-inquiry"))
			.toList();
	}

	private ExpectedCondition<Boolean> rowsAre(String... references) {
		return driver -> {
			try {
				return rows().size() == references.length && rows().containsAll(List.of(references));
			}
			catch (org.openqa.selenium.StaleElementReferenceException swapped) {
				return false;
			}
		};
	}

	private void wait(ExpectedCondition<?> condition) {
		new WebDriverWait(browser, WAIT).until(condition);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
