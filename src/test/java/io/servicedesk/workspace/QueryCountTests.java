package io.servicedesk.workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.servicedesk.account.AccountService;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.client.ContactChannel;
import io.servicedesk.order.NewOrder;
import io.servicedesk.order.OrderLineData;
import io.servicedesk.order.OrderService;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.StatementCounter;
import io.servicedesk.timeline.Direction;
import io.servicedesk.timeline.LoggedInteraction;
import io.servicedesk.timeline.TimelineService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 360° page and the order list issue the same number of SQL statements for a client
 * with one of everything as for a client with many: no query per row.
 */
@IntegrationTest
@WithUserDetails("agent")
class QueryCountTests {

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

	@Test
	void theThreeSixtyPageAndTheOrderListUseAFixedNumberOfQueries() throws Exception {
		ClientDetails small = clientWith(1);
		ClientDetails large = clientWith(8);

		int smallPage = statements("/clients/" + small.number());
		int largePage = statements("/clients/" + large.number());
		int smallList = statements("/orders?client=" + small.number());
		int largeList = statements("/orders?client=" + large.number());

		assertThat(largePage).isEqualTo(smallPage);
		assertThat(smallPage)
			.as("statements of the 360° page (with the page frame's unread-notification count, one per case module, "
					+ "the record's files and its documents)")
			.isBetween(4, 12);
		assertThat(largeList).isEqualTo(smallList);
		assertThat(smallList).as("statements of the order list (with the page frame's unread-notification count)")
			.isBetween(2, 6);
	}

	private int statements(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isOk());
		StatementCounter.reset();
		mvc.perform(get(path)).andExpect(status().isOk());
		return StatementCounter.count();
	}

	private ClientDetails clientWith(int times) {
		ClientDetails client = ClientMother.individual(clients, "Query Count");
		for (int i = 0; i < times; i++) {
			accounts.open(client.number(), "STANDARD", "EUR", "agent");
			orders.place(new NewOrder(client.number(), null, ContactChannel.WEB, "EUR", LocalDate.now().plusDays(i),
					BigDecimal.ZERO, List.of(new OrderLineData("S-" + i, "Item " + i, 1 + i, new BigDecimal("9.99")),
							new OrderLineData("T-" + i, "Other " + i, 1, new BigDecimal("1.00")))),
					"agent");
			timeline.logInteraction(client.number(),
					new LoggedInteraction(ContactChannel.PHONE, Direction.INBOUND, "Call " + i, 3), "agent");
		}
		return client;
	}

}
