package io.servicedesk.workspace;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import io.servicedesk.account.AccountDetails;
import io.servicedesk.account.AccountService;
import io.servicedesk.account.AccountStatus;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.order.NewOrder;
import io.servicedesk.order.OrderDetails;
import io.servicedesk.order.OrderLineData;
import io.servicedesk.order.OrderService;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.timeline.Direction;
import io.servicedesk.timeline.LoggedInteraction;
import io.servicedesk.timeline.TimelineItem;
import io.servicedesk.timeline.TimelineKind;
import io.servicedesk.timeline.TimelinePage;
import io.servicedesk.timeline.TimelineService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ClientWorkspaceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ClientService clients;

	@Autowired
	AccountService accounts;

	@Autowired
	OrderService orders;

	@Autowired
	TimelineService timeline;

	@Autowired
	ClientWorkspace workspace;

	@Test
	void theViewComposesAccountsOrdersAndTheTimelineNewestFirst() {
		ClientDetails client = ClientMother.individual(clients, "Kaja Kask");
		AccountDetails account = accounts.open(client.number(), "STANDARD", "EUR", "agent");
		OrderDetails order = orders.place(twoLineOrder(client.number(), null), "agent");
		orders.declareDelay(order.number(), LocalDate.now().plusDays(30), ContactChannel.PHONE, "Told her on the phone",
				"agent");
		timeline.logInteraction(client.number(),
				new LoggedInteraction(ContactChannel.PHONE, Direction.INBOUND, "Asked about delivery", 4), "agent");

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(workspace.view(client.number(), "agent").timeline().items()).hasSize(5));
		ClientView view = workspace.view(client.number(), "agent");

		assertThat(view.accounts()).extracting(a -> a.number()).containsExactly(account.number());
		assertThat(view.accounts().get(0).status()).isEqualTo(AccountStatus.PENDING);
		assertThat(view.recentOrders()).singleElement().satisfies(o -> {
			assertThat(o.number()).isEqualTo(order.number());
			assertThat(o.delayed()).isTrue();
		});
		assertThat(view.openCases()).isEmpty();
		assertThat(view.timeline().items()).extracting(TimelineItem::kind)
			.containsExactly(TimelineKind.CALL, TimelineKind.ORDER_DELAYED, TimelineKind.ORDER_PLACED,
					TimelineKind.ACCOUNT_OPENED, TimelineKind.CLIENT_REGISTERED);
		TimelineItem delay = view.timeline().items().get(1);
		assertThat(delay.channel()).isEqualTo(ContactChannel.PHONE);
		assertThat(delay.summary()).isEqualTo("Told her on the phone");
	}

	@Test
	void anOrderIsChargedOnlyToAnActiveAccount() {
		ClientDetails client = ClientMother.individual(clients, "Pending Payer");
		AccountDetails pending = accounts.open(client.number(), "STANDARD", "EUR", "agent");

		assertThatThrownBy(() -> orders.place(twoLineOrder(client.number(), pending.number()), "agent"))
			.isInstanceOfSatisfying(io.servicedesk.shared.RuleViolationException.class,
					refused -> assertThat(refused.getMessageKey()).isEqualTo("order.account.not-active"));
	}

	@Test
	void theTimelineIsPagedByKeyset() {
		ClientDetails client = ClientMother.individual(clients, "Ilze Kalna");
		for (int i = 0; i < 5; i++) {
			timeline.logInteraction(client.number(),
					new LoggedInteraction(ContactChannel.PHONE, Direction.OUTBOUND, "Call " + i, 1), "agent");
		}
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(timeline.page(client.id(), 10, null).items()).hasSize(6));
		TimelinePage first = timeline.page(client.id(), 4, null);
		TimelinePage second = timeline.page(client.id(), 4, first.next());
		assertThat(first.items()).extracting(TimelineItem::summary)
			.containsExactly("Call 4", "Call 3", "Call 2", "Call 1");
		assertThat(second.items()).extracting(TimelineItem::summary).containsExactly("Call 0", null);
		assertThat(second.next()).isNull();
	}

	@Test
	@WithUserDetails("agent")
	void theThreeSixtyPageShowsEverything() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Sigrid Nõmm");
		AccountDetails account = accounts.open(client.number(), "BUSINESS", "EUR", "agent");
		OrderDetails order = orders.place(twoLineOrder(client.number(), null), "agent");

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(timeline.page(client.id(), 10, null).items()).hasSize(3));
		mvc.perform(get("/clients/" + client.number()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sigrid Nõmm")))
			.andExpect(content().string(containsString("data-account=\"" + account.number() + "\"")))
			.andExpect(content().string(containsString("data-order=\"" + order.number() + "\"")))
			.andExpect(content().string(containsString("id=\"no-open-cases\"")))
			.andExpect(content().string(containsString("data-kind=\"ORDER_PLACED\"")));

		mvc.perform(post("/clients/" + client.number() + "/interactions").with(csrf())
			.param("channel", "IN_PERSON")
			.param("direction", "INBOUND")
			.param("summary", "Came to the branch")).andExpect(status().is3xxRedirection());
		assertThat(timeline.page(client.id(), 1, null).items().get(0).kind()).isEqualTo(TimelineKind.VISIT);

		mvc.perform(post("/clients/" + client.number() + "/interactions").with(csrf()).param("channel", "PHONE"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("flashError", "refusal.message"));

		mvc.perform(post("/clients/" + client.number() + "/erase").with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void theExportHoldsEverythingAndTheTimelineApiPages() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Aivars Kalniņš");
		OrderDetails order = orders.place(twoLineOrder(client.number(), null), "agent");

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(timeline.page(client.id(), 10, null).items()).hasSize(2));
		mvc.perform(get("/api/v1/clients/" + client.number() + "/export").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.client.name").value("Aivars Kalniņš"))
			.andExpect(jsonPath("$.client.email").value(client.email()))
			.andExpect(jsonPath("$.orders[0].number").value(order.number()))
			.andExpect(jsonPath("$.timeline.length()").value(2));
		mvc.perform(get("/api/v1/clients/" + client.number() + "/timeline?limit=1").with(httpBasic("agent", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].kind").value("ORDER_PLACED"))
			.andExpect(jsonPath("$.next").isNotEmpty());
		mvc.perform(get("/api/v1/clients/C-999999997/timeline").with(httpBasic("agent", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	@WithUserDetails("agent")
	void theSearchPageFindsByAccountAndOrderNumberToo() throws Exception {
		ClientDetails client = ClientMother.individual(clients, "Hannes Ploom");
		AccountDetails account = accounts.open(client.number(), "STANDARD", "EUR", "agent");
		OrderDetails order = orders.place(twoLineOrder(client.number(), null), "agent");

		mvc.perform(get("/clients").param("q", account.number().toLowerCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-client=\"" + client.number() + "\"")));
		mvc.perform(get("/clients").param("q", order.number()).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-client=\"" + client.number() + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
	}

	static NewOrder twoLineOrder(String clientNumber, String accountNumber) {
		return new NewOrder(clientNumber, accountNumber, ContactChannel.PHONE, "EUR", LocalDate.now().plusDays(7),
				BigDecimal.ZERO, List.of(new OrderLineData("K-1", "Kettle", 1, new BigDecimal("24.50")),
						new OrderLineData("F-1", "Filter", 2, new BigDecimal("3.25"))));
	}

}
