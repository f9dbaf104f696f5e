package io.servicedesk.workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.servicedesk.account.AccountService;
import io.servicedesk.casework.CaseChannel;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.order.NewOrder;
import io.servicedesk.order.OrderLineData;
import io.servicedesk.order.OrderService;
import io.servicedesk.shared.Priority;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.JourneyBrowsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor in a real headless Chromium starts the intake of a new client whose e-mail
 * address two existing clients already have, is offered the merge of those two in the
 * duplicate warning, merges them, and finds on the survivor's 360° page the accounts,
 * orders and cases of both; the merged client's old address leads there too.
 */
@IntegrationTest
class ClientMergeJourneyTest {

	private static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ClientService clients;

	@Autowired
	AccountService accounts;

	@Autowired
	OrderService orders;

	@Autowired
	InquiryService inquiries;

	@BeforeAll
	static void startBrowser() {
		browser = JourneyBrowsers.start(1400, 1000);
	}

	@AfterAll
	static void stopBrowser() {
		JourneyBrowsers.quit(browser);
	}

	@Test
	void aSupervisorMergesTheDuplicatesTheIntakeWarnsOf() {
		String email = "krystyna.podwojna." + ClientMother.unique() + "@example.com";
		ClientDetails older = ClientMother.individual(clients, "Krystyna Podwójna", email,
				ClientMother.uniquePolishMobile());
		ClientDetails newer = ClientMother.individual(clients, "Krystyna Podwojna", email,
				ClientMother.uniquePolishMobile());
		String olderAccount = accounts.open(older.number(), "STANDARD", "EUR", "agent").number();
		String newerAccount = activeAccount(newer);
		String order = orders
			.place(new NewOrder(newer.number(), newerAccount, ContactChannel.PHONE, "EUR", LocalDate.now().plusDays(3),
					BigDecimal.ZERO, List.of(new OrderLineData("KT-1", "Kettle", 1, new BigDecimal("30.00")))), "agent")
			.number();
		String olderInquiry = inquiry(older, "Address change");
		String newerInquiry = inquiry(newer, "Kettle delivery");

		JourneyBrowsers.signIn(browser, url(""), "supervisor", "demo");
		waitFor(By.id("home-heading"));
		browser.get(url("/clients/new"));
		waitFor(By.id("client-form"));
		browser.findElement(By.id("name")).sendKeys("Krystyna Podwójna");
		browser.findElement(By.id("email")).sendKeys(email);
		click(By.id("save-client"));

		waitFor(By.id("duplicates"));
		assertThat(browser.findElement(By.id("duplicates")).getText()).contains(older.number())
			.contains(newer.number());
		click(By.id("merge-" + newer.number()));

		waitFor(By.id("contact-card"));
		assertThat(browser.getCurrentUrl()).endsWith("/clients/" + older.number());
		assertThat(browser.findElement(By.cssSelector(".flash-messages")).getText()).contains(newer.number())
			.contains(older.number());
		assertThat(browser.findElements(By.cssSelector("#accounts [data-account]")))
			.extracting(row -> row.getAttribute("data-account"))
			.contains(olderAccount, newerAccount);
		assertThat(browser.findElements(By.cssSelector("#recent-orders [data-order]")))
			.extracting(row -> row.getAttribute("data-order"))
			.contains(order);
		assertThat(browser.findElement(By.id("open-cases")).getText()).contains(olderInquiry).contains(newerInquiry);
		assertThat(browser.findElement(By.id("timeline-entries")).getText()).contains(newer.number());

		browser.get(url("/clients/" + newer.number()));
		waitFor(By.id("contact-card"));
		assertThat(browser.getCurrentUrl()).endsWith("/clients/" + older.number());
		assertThat(browser.findElement(By.cssSelector(".flash-messages")).getText()).contains(newer.number());
	}

	@Test
	void aSupervisorMergesTwoExistingDuplicatesFromThe360Page() {
		ClientDetails survivor = ClientMother.individual(clients, "Zenon Dwojaki");
		ClientDetails merged = ClientMother.individual(clients, "Zenon Dwojaki");
		String survivorAccount = accounts.open(survivor.number(), "STANDARD", "EUR", "agent").number();
		String mergedAccount = accounts.open(merged.number(), "STANDARD", "EUR", "agent").number();
		String mergedInquiry = inquiry(merged, "Statement missing");

		JourneyBrowsers.signIn(browser, url(""), "supervisor", "demo");
		waitFor(By.id("home-heading"));
		browser.get(url("/clients/" + merged.number()));
		waitFor(By.id("merge-client-form"));
		assertThat(browser.findElement(By.id("merge-client-candidate-list")).getText()).contains(survivor.number());
		browser.findElement(By.id("merge-client-target")).sendKeys(survivor.number());
		click(By.id("merge-client-submit"));

		waitFor(By.id("contact-card"));
		assertThat(browser.getCurrentUrl()).endsWith("/clients/" + survivor.number());
		assertThat(browser.findElements(By.cssSelector("#accounts [data-account]")))
			.extracting(row -> row.getAttribute("data-account"))
			.contains(survivorAccount, mergedAccount);
		assertThat(browser.findElement(By.id("open-cases")).getText()).contains(mergedInquiry);
		assertThat(browser.findElement(By.id("client-other-emails")).getText()).contains(merged.email());
		assertThat(browser.findElements(By.id("merge-client-form"))).hasSize(1);
	}

	private String activeAccount(ClientDetails client) {
		String number = accounts.open(client.number(), "STANDARD", "EUR", "agent").number();
		accounts.get(number).checklist().forEach(entry -> accounts.tick(number, entry.item(), true, "agent"));
		accounts.activate(number, "agent");
		return number;
	}

	private String inquiry(ClientDetails client, String subject) {
		return inquiries
			.create(new NewInquiry(client.number(), null, CaseChannel.PHONE, subject, "Words of " + subject,
					Priority.NORMAL, null, null, null, true), inquiries.viewer("agent"))
			.reference();
	}

	private void click(By locator) {
		JourneyBrowsers.click(browser, locator);
	}

	private void waitFor(By locator) {
		JourneyBrowsers.waitFor(browser, locator);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
