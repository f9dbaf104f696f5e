package io.servicedesk;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.complaint.ComplaintService;
import io.servicedesk.complaint.NewComplaint;
import io.servicedesk.complaint.Severity;
import io.servicedesk.inquiry.InquiryDetails;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.shared.Money;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.JourneyBrowsers;
import io.servicedesk.support.StaffMother;
import io.servicedesk.staff.StaffService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a new member of staff does on the first day, in a real headless Chromium: logging
 * a call for a client found by typing a name, reassigning complaints in bulk, filtering a
 * queue after choosing a tab.
 */
@IntegrationTest
class WorkingDayJourneyTest {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ClientService clients;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ComplaintService complaints;

	@Autowired
	StaffService staff;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() {
		browser = JourneyBrowsers.start(1400, 1000);
	}

	@AfterAll
	static void stopBrowser() {
		JourneyBrowsers.quit(browser);
	}

	@Test
	void anAgentLogsACallForAnExistingClientFoundByTypingTheName() {
		String surname = "Wiśniewska" + ClientMother.unique();
		ClientDetails client = ClientMother.individual(clients, "Halina " + surname);

		signIn("agent");
		browser.get(url("/inquiries/new"));
		browser.findElement(By.id("client-search")).sendKeys(surname);
		wait(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#client-matches .client-match[data-number='" + client.number() + "']")));
		browser.findElement(By.id("client-search")).sendKeys(Keys.ENTER);
		wait(ExpectedConditions.visibilityOfElementLocated(By.id("chosen-client")));
		assertThat(browser.getCurrentUrl()).endsWith("/inquiries/new");
		assertThat(browser.findElement(By.id("chosen-client-label")).getText()).contains(client.number());

		browser.findElement(By.id("subject")).sendKeys("Invoice question");
		browser.findElement(By.id("body")).sendKeys("Why was I charged twice?");
		JourneyBrowsers.click(browser, By.id("record-inquiry"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("inquiry-header")));
		assertThat(browser.findElement(By.id("client-card")).getText()).contains("Halina " + surname);

		browser.get(url("/clients/" + client.number()));
		JourneyBrowsers.click(browser, By.id("client-new-complaint"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("complaint-form")));
		assertThat(browser.findElement(By.id("chosen-client-label")).getText()).contains("Halina " + surname);
		browser.findElement(By.id("client-search")).sendKeys(surname, Keys.ENTER);
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#client-matches .client-match")));
		assertThat(browser.getCurrentUrl()).contains("/complaints/new");
	}

	@Test
	void aSupervisorReassignsComplaintsInBulkAndSeesTheResultOfEach() {
		ClientDetails client = ClientMother.individual(clients, "Bulk Complainant");
		String recorder = StaffMother.agent(staff, encoder, "bulk").username();
		String first = complaint(client, "Damaged parcel", recorder);
		String second = complaint(client, "Late refund", recorder);

		signIn("supervisor");
		browser.get(url("/complaints?view=open&assignee=" + recorder));
		JourneyBrowsers.click(browser, By.id("select-" + first));
		JourneyBrowsers.click(browser, By.id("select-" + second));
		new Select(browser.findElement(By.id("reassign-team"))).selectByVisibleText("Billing");
		JourneyBrowsers.click(browser, By.id("reassign"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("reassign-results")));
		assertThat(browser.findElements(By.cssSelector("#reassign-results li[data-result='REASSIGNED']"))).hasSize(2);
		assertThat(complaints.get(first, complaints.viewer("supervisor")).team()).isEqualTo("Billing");
	}

	@Test
	void theChosenTabSurvivesAFilterAndASortChangeAndIsInTheAddress() {
		signIn("supervisor");
		browser.get(url("/inquiries"));
		JourneyBrowsers.click(browser, By.id("tab-unassigned"));
		wait(ExpectedConditions.urlContains("view=unassigned"));
		wait(ExpectedConditions.attributeContains(By.id("tab-unassigned"), "class", "active"));
		new Select(browser.findElement(By.id("filter-sort"))).selectByValue("CREATED");
		wait(ExpectedConditions.urlContains("sort=CREATED"));
		assertThat(browser.getCurrentUrl()).contains("view=unassigned");
		assertThat(browser.findElement(By.id("tab-unassigned")).getAttribute("class")).contains("active");
		new Select(browser.findElement(By.id("filter-priority"))).selectByValue("HIGH");
		wait(ExpectedConditions.urlContains("priority=HIGH"));
		assertThat(browser.getCurrentUrl()).contains("view=unassigned").contains("sort=CREATED");
		assertThat(browser.findElement(By.id("tab-unassigned")).getAttribute("class")).contains("active");
		browser.navigate().back();
		wait(ExpectedConditions.not(ExpectedConditions.urlContains("priority=HIGH")));
		assertThat(browser.getCurrentUrl()).contains("view=unassigned");

		browser.get(url("/complaints"));
		JourneyBrowsers.click(browser, By.id("tab-needs_review"));
		wait(ExpectedConditions.urlContains("view=needs-review"));
		new Select(browser.findElement(By.id("filter-severity"))).selectByValue("MAJOR");
		wait(ExpectedConditions.urlContains("severity=MAJOR"));
		assertThat(browser.getCurrentUrl()).contains("view=needs-review");
		assertThat(browser.findElement(By.id("tab-needs_review")).getAttribute("class")).contains("active");
	}

	@Test
	void aProposalRefusedByARuleComesBackWithEveryFieldAsTheAgentChoseIt() {
		ClientDetails client = ClientMother.individual(clients, "Refused Proposal");
		String reference = complaints
			.register(
					new NewComplaint(client.number(), CaseChannel.PHONE, "Broken chair", "One leg broke.", null,
							Severity.MINOR, null, null, null, Money.of("40.00", "EUR"), null, true),
					complaints.viewer("agent"))
			.reference();
		complaints.acknowledge(reference, complaints.viewer("agent"), "We are on it.", null);

		signIn("agent");
		browser.get(url("/complaints/" + reference));
		new Select(browser.findElement(By.id("outcome"))).selectByValue("PARTIALLY_UPHELD");
		new Select(browser.findElement(By.id("remedy"))).selectByValue("COMPENSATION");
		browser.findElement(By.id("amount")).sendKeys("99.99");
		browser.findElement(By.id("proposal-text")).sendKeys("We offer compensation.");
		JourneyBrowsers.click(browser, By.id("propose"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("refusal")));

		assertThat(new Select(browser.findElement(By.id("outcome"))).getFirstSelectedOption().getDomProperty("value"))
			.isEqualTo("PARTIALLY_UPHELD");
		assertThat(new Select(browser.findElement(By.id("remedy"))).getFirstSelectedOption().getDomProperty("value"))
			.isEqualTo("COMPENSATION");
		assertThat(browser.findElement(By.id("amount")).getDomProperty("value")).isEqualTo("99.99");
		assertThat(browser.findElement(By.id("proposal-text")).getDomProperty("value"))
			.isEqualTo("We offer compensation.");

		browser.findElement(By.id("amount")).clear();
		browser.findElement(By.id("amount")).sendKeys("25.00");
		JourneyBrowsers.click(browser, By.id("propose"));
		wait(ExpectedConditions.presenceOfElementLocated(By.id("proposal-remedy")));
		assertThat(complaints.get(reference, complaints.viewer("agent")).proposal().remedy().name())
			.isEqualTo("COMPENSATION");
	}

	@Test
	void timesAreShownInTheStaffMembersZoneAndADatePickedMeansThatDayThere() {
		String username = StaffMother.agent(staff, encoder, "zone").username();
		InquiryDetails inquiry = inquiries.create(
				new NewInquiry(ClientMother.individual(clients, "Zone Caller").number(), null, CaseChannel.PHONE,
						"Letter of 17:50", "The letter came at 17:50.", null, null, null, null, true),
				inquiries.viewer(username));
		DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

		JourneyBrowsers.signIn(browser, url(""), username, StaffMother.PASSWORD);
		browser.get(url("/inquiries/" + inquiry.reference()));
		assertThat(browser.findElement(By.id("inquiry-created")).getText())
			.startsWith(minute.format(inquiry.createdAt().atZone(ZoneId.of("Europe/Warsaw"))));
		assertThat(browser.getPageSource()).contains("id=\"times-zone\"");
		assertThat(browser.findElement(By.id("times-zone")).getText()).contains("Europe/Warsaw");

		browser.get(url("/profile"));
		new Select(browser.findElement(By.id("profile-time-zone"))).selectByValue("America/New_York");
		JourneyBrowsers.click(browser, By.id("save-time-zone"));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
		browser.get(url("/inquiries?view=mine&q=" + inquiry.reference()));
		wait(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("tr[data-inquiry='" + inquiry.reference() + "']")));
		assertThat(
				browser.findElement(By.cssSelector("tr[data-inquiry='" + inquiry.reference() + "'] td.last-activity"))
					.getText())
			.isEqualTo(minute.format(jdbc.sql("select last_activity_at from case_file where reference = :reference")
				.param("reference", inquiry.reference())
				.query(java.time.OffsetDateTime.class)
				.single()
				.atZoneSameInstant(ZoneId.of("America/New_York"))));
		assertThat(staff.timeZone(username)).contains(ZoneId.of("America/New_York"));
	}

	@Test
	void anotherTeamsCaseIsRefusedForThatReasonNotForTheRole() {
		String reference = inquiries
			.create(new NewInquiry(ClientMother.individual(clients, "Front Desk Caller").number(), null,
					CaseChannel.PHONE, "Front desk matter", "For the front desk.", null, null, null, null, true),
					inquiries.viewer("agent"))
			.reference();
		String logistics = StaffMother.agent(staff, encoder, "team").username();

		JourneyBrowsers.signIn(browser, url(""), logistics, StaffMother.PASSWORD);
		browser.get(url("/inquiries/" + reference));
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".error-page[data-status='403']")));
		assertThat(browser.findElement(By.id("error-message")).getText()).contains(reference)
			.contains("another team")
			.doesNotContain("role");
	}

	private String complaint(ClientDetails client, String subject, String recorder) {
		return complaints
			.register(new NewComplaint(client.number(), CaseChannel.PHONE, subject, "Please look into it.", null,
					Severity.MINOR, null, null, null, null, null, true), complaints.viewer(recorder))
			.reference();
	}

	private void signIn(String username) {
		JourneyBrowsers.signIn(browser, url(""), username, "demo");
	}

	private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
		new WebDriverWait(browser, WAIT).until(condition);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
