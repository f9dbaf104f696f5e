package io.servicedesk.complaint;

import java.time.Duration;
import java.util.List;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.client.ClientService;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.JourneyBrowsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complaint in real headless Chromium sessions: an agent escalates an inquiry into a
 * complaint, acknowledges it, forwards it to Logistics, a Logistics agent records the
 * department's finding, the agent proposes a partial refund and cannot approve it, the
 * supervisor approves it from the Needs-review view, and both the complaint's timeline
 * and the client's timeline show the acknowledgement and the decision sent to the client.
 */
@IntegrationTest
class ComplaintJourneyTest {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ComplaintService complaints;

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
	void anEscalatedInquiryIsAcknowledgedForwardedAnsweredProposedAndApprovedByTheSupervisor() {
		String inquiry = inquiries
			.create(new NewInquiry(ClientMother.individual(clients, "Journey Complainant").number(), null,
					CaseChannel.PHONE, "Parcel three weeks late",
					"My parcel is three weeks late and I paid for express.", null, null, null, null, true),
					inquiries.viewer("agent"))
			.reference();

		signIn("agent");
		browser.get(url("/inquiries/" + inquiry));
		browser.findElement(By.id("escalate-reason"))
			.sendKeys("The client wants a formal complaint and the express fee back.");
		new Select(browser.findElement(By.id("escalate-severity"))).selectByValue("MAJOR");
		browser.findElement(By.id("escalate-amount")).sendKeys("40.00");
		click(By.id("escalate"));
		waitFor(By.id("complaint-page"));
		String reference = browser.findElement(By.id("complaint-reference")).getText();
		assertThat(browser.findElement(By.id("inquiry-conversation")).getText())
			.contains("My parcel is three weeks late");

		String acknowledgement = browser.findElement(By.id("acknowledgement")).getDomProperty("value");
		assertThat(acknowledgement).contains(reference);
		click(By.id("acknowledge"));
		waitFor(By.id("forward-form"));
		assertThat(status()).isEqualTo("ACKNOWLEDGED");

		new Select(browser.findElement(By.id("forward-team"))).selectByValue("Logistics");
		browser.findElement(By.id("forward-question")).sendKeys("Why did the express parcel take three weeks?");
		click(By.id("forward"));
		waitFor(By.id("answer-due"));
		assertThat(status()).isEqualTo("FORWARDED");

		signIn("aberzins");
		browser.get(url("/complaints/" + reference));
		waitFor(By.id("finding-form"));
		assertThat(browser.findElements(By.id("propose-form"))).isEmpty();
		browser.findElement(By.id("finding")).sendKeys("The parcel was held at the depot for two weeks by mistake.");
		click(By.id("record-finding"));
		waitFor(By.cssSelector("li[data-entry-detail='finding:Logistics']"));

		signIn("agent");
		browser.get(url("/complaints/" + reference));
		waitFor(By.id("propose-form"));
		new Select(browser.findElement(By.id("outcome"))).selectByValue("PARTIALLY_UPHELD");
		new Select(browser.findElement(By.id("remedy"))).selectByValue("REFUND");
		browser.findElement(By.id("amount")).sendKeys("20.00");
		new Select(browser.findElement(By.id("root-cause"))).selectByValue("late-delivery");
		browser.findElement(By.id("proposal-text"))
			.sendKeys("We are sorry for the delay and refund the express fee of 20.00 EUR.");
		click(By.id("propose"));
		waitFor(By.id("proposal"));
		assertThat(status()).isEqualTo("RESOLUTION_PROPOSED");
		assertThat(browser.findElements(By.id("review-form"))).as("the proposer cannot approve").isEmpty();
		assertThat(browser.findElement(By.id("review-hint")).isDisplayed()).isTrue();

		signIn("supervisor");
		browser.get(url("/complaints?view=needs-review&assignee=agent"));
		waitFor(By.cssSelector("#tab-needs_review.active"));
		click(By.cssSelector("tr[data-complaint='" + reference + "'] a.complaint-link"));
		waitFor(By.id("review-form"));
		click(By.id("approve"));
		waitFor(By.cssSelector(".alert-success"));
		assertThat(status()).isEqualTo("RESOLVED");

		List<String> toTheClient = browser.findElements(By.cssSelector("#timeline li[data-entry-kind='MESSAGE_OUT']"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(toTheClient).hasSize(2);
		assertThat(toTheClient.get(0)).contains(reference);
		assertThat(toTheClient.get(1)).contains("refund the express fee of 20.00 EUR");
		ComplaintDetails resolved = complaints.get(reference, complaints.viewer("supervisor"));
		assertThat(resolved.reviewedBy()).isEqualTo("supervisor");

		By decision = By
			.cssSelector("#timeline-entries li[data-kind='COMPLAINT_RESOLVED'][data-subject='" + reference + "']");
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
			driver.get(url("/clients/" + resolved.client().number()));
			return !driver.findElements(decision).isEmpty();
		});
		assertThat(browser.findElement(decision).getText()).contains("refund the express fee of 20.00 EUR");
		assertThat(browser.findElement(By.cssSelector("#timeline-entries li[data-kind='COMPLAINT_ACKNOWLEDGED']"))
			.getText()).contains(reference);
	}

	private static String status() {
		return browser.findElement(By.id("complaint-page"))
			.findElement(By.id("complaint-status"))
			.getAttribute("data-status");
	}

	private void signIn(String username) {
		JourneyBrowsers.signIn(browser, url(""), username, "demo");
		waitFor(By.id("home-heading"));
	}

	private static void click(By locator) {
		JourneyBrowsers.click(browser, locator);
	}

	private static void waitFor(By locator) {
		JourneyBrowsers.waitFor(browser, locator);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
